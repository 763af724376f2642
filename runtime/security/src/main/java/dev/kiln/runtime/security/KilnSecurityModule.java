package dev.kiln.runtime.security;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.KilnFilter;
import jakarta.inject.Singleton;

/**
 * Authentication for an application's graph: the {@link Authenticators} configured under
 * {@code kiln.security.*}, and the {@link AuthenticationFilter} in front of every route. Kiln adds this
 * module to the generated component by itself when a served route carries a security rule or takes a
 * {@link Principal}; the application then needs {@code dev.kiln:kiln-runtime-security} on its classpath.
 *
 * <pre>{@code
 * @Component(modules = {KilnShopAppModule.class, KilnRuntimeModule.class, KilnSecurityModule.class})
 * interface KilnShopAppComponent { Set<KilnFilter> filters(); ... }
 * }</pre>
 */
@Module
public abstract class KilnSecurityModule {
    private KilnSecurityModule() {}

    /** The configured schemes, built once; a value that cannot be used fails the start naming its key. */
    @Provides
    @Singleton
    static Authenticators authenticators(KilnConfig config) {
        return Authenticators.fromConfig(config);
    }

    /** Authentication as a global filter: every route sees the request's principal. */
    @Provides
    @IntoSet
    static KilnFilter authenticationFilter(Authenticators authenticators) {
        return new AuthenticationFilter(authenticators);
    }
}
