package shop;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.lifecycle.LifecycleComponent;
import dev.kiln.runtime.lifecycle.Supervision;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import java.time.Duration;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Starts {@link ShopApp}: {@code KilnShopApp.run(args)}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class KilnShopApp {
    public static final ApplicationDescriptor DESCRIPTOR = new ApplicationDescriptor("shop.ShopApp", "shop",
            List.of(OrderApiRouter.DESCRIPTOR),
            List.of("catalog"),
            List.of("shop"));

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
                        LifecycleComponent.of("StockLedger", component.stockLedger()),
                        LifecycleComponent.of("FeedPoller", component.feedPoller(), List.of("StockLedger"))
                                .supervised(new Supervision(3, Duration.ofMillis(30000L), Duration.ofMillis(100L), Duration.ofMillis(2000L))),
                        LifecycleComponent.of("OrderService", component.orderService(), List.of("StockLedger"))))
                .routers(List.of(new OrderApiRouter(component.orderApi())))
                .start();
    }
}
