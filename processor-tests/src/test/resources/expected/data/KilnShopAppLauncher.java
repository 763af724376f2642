package data;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.boot.KilnLauncher;
import dev.kiln.runtime.config.KilnConfig;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Starts {@link ShopApp} for tools that hold only its class (kiln-test's {@code @KilnTest}),
 * found through {@code META-INF/services/dev.kiln.runtime.boot.KilnLauncher}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class KilnShopAppLauncher implements KilnLauncher {
    /**
     * Called by {@code ServiceLoader}.
     */
    public KilnShopAppLauncher() {
    }

    @Override
    public Class<?> application() {
        return ShopApp.class;
    }

    @Override
    public List<Class<?>> served() {
        return List.of();
    }

    @Override
    public KilnHandle start(KilnConfig config) {
        return KilnShopApp.start(config);
    }

    @Override
    public <T> Optional<T> client(Class<T> api, URI base) {
        return Optional.empty();
    }
}
