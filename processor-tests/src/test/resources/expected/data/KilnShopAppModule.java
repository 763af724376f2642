package data;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import javax.annotation.processing.Generated;

/**
 * Binds what {@link ShopApp} serves and calls.
 */
@Generated("dev.kiln.processor.KilnProcessor")
@Module
public abstract class KilnShopAppModule {
    private KilnShopAppModule() {
    }

    @Provides
    static ApplicationDescriptor applicationDescriptor() {
        return KilnShopApp.DESCRIPTOR;
    }

    @Binds
    abstract OrderRepository orderRepository(OrderRepositoryImpl repository);
}
