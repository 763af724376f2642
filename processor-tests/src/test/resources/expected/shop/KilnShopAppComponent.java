package shop;

import dagger.BindsInstance;
import dagger.Component;
import dev.kiln.runtime.KilnRuntimeModule;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.registry.ServiceRegistry;
import jakarta.inject.Singleton;
import javax.annotation.processing.Generated;

/**
 * The object graph of {@link ShopApp}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
@Singleton
@Component(
        modules = {
                KilnShopAppModule.class,
                KilnRuntimeModule.class,
                ClockModule.class
        }
)
public interface KilnShopAppComponent {
    OrderApi orderApi();

    StockLedger stockLedger();

    OrderService orderService();

    ServiceRegistry serviceRegistry();

    @Component.Factory
    interface Factory {
        KilnShopAppComponent create(@BindsInstance KilnConfig config);
    }
}
