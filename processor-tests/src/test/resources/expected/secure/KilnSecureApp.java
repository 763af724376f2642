package secure;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.lifecycle.LifecycleComponent;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Starts {@link SecureApp}: {@code KilnSecureApp.run(args)}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class KilnSecureApp {
    public static final ApplicationDescriptor DESCRIPTOR = new ApplicationDescriptor("secure.SecureApp", "secure",
            List.of(OrderApiRouter.DESCRIPTOR),
            List.of(),
            List.of("secure"));

    private KilnSecureApp() {
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
        KilnSecureAppComponent component = DaggerKilnSecureAppComponent.factory().create(config);
        return KilnBoot.builder(config, DESCRIPTOR)
                .registry(component.serviceRegistry())
                .filters(component.filters())
                .exceptionMappers(component.exceptionMappers())
                .healthChecks(component.healthChecks())
                .errorTracker(component.errorTracker())
                .telemetry(component.telemetry())
                .components(List.of(
                        LifecycleComponent.of("rateLimiters", component.rateLimiters())))
                .routers(List.of(new OrderApiRouter(component.orderApi(), component.rateLimiters(),
                        component.auditFilter(), component.traceFilter(),
                        component.validationClock())))
                .start();
    }
}
