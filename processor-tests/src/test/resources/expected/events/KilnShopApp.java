package events;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.lifecycle.LifecycleComponent;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Starts {@link ShopApp}: {@code KilnShopApp.run(args)}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class KilnShopApp {
    public static final ApplicationDescriptor DESCRIPTOR = new ApplicationDescriptor("events.ShopApp", "shop",
            List.of(),
            List.of(),
            List.of("events"));

    private KilnShopApp() {
    }

    /**
     * Loads the configuration ({@code --key=value} arguments win) and starts.
     */
    public static KilnHandle run(String... args) {
        // Helidon's server classes initialise on another thread while the configuration and graph are built
        KilnBoot.preload();
        return start(KilnConfig.load(args));
    }

    /**
     * Builds the graph, starts the lifecycle components in order and serves every route.
     */
    public static KilnHandle start(KilnConfig config) {
        KilnShopAppComponent component = DaggerKilnShopAppComponent.factory().create(config);
        return KilnBoot.builder(config, DESCRIPTOR)
                .registry(component.serviceRegistry())
                .filters(component.filters())
                .exceptionMappers(component.exceptionMappers())
                .healthChecks(component.healthChecks())
                .errorTracker(component.errorTracker())
                .telemetry(component.telemetry())
                .components(List.of(
                        LifecycleComponent.of("Messaging", component.messaging()),
                        LifecycleComponent.of("KilnShopAppDispatcher", component.dispatcher())))
                .routers(List.of(component.messagingEndpoint()))
                .start();
    }
}
