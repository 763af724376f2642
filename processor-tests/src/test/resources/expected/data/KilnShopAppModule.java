package data;

import dagger.Binds;
import dagger.Module;
import javax.annotation.processing.Generated;

/**
 * Binds what {@link ShopApp} serves and calls.
 */
@Generated("dev.kiln.processor.KilnProcessor")
@Module
public abstract class KilnShopAppModule {
    private KilnShopAppModule() {
    }

    @Binds
    abstract OrderRepository orderRepository(OrderRepositoryImpl repository);
}
