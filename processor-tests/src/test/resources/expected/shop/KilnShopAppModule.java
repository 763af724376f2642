package shop;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.kiln.runtime.client.ClientCredentials;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.telemetry.Telemetry;
import jakarta.inject.Singleton;
import java.util.Map;
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
    abstract OrderApi orderApi(OrderService implementation);

    @Binds
    @IntoSet
    abstract HealthCheck diskSpaceHealthCheck(DiskSpace implementation);

    @Binds
    @IntoSet
    abstract HealthCheck feedPollerHealthCheck(FeedPoller implementation);

    @Provides
    @Singleton
    static CatalogApi catalogApi(KilnConfig config, Map<String, ClientCredentials> credentials,
            ServiceRegistry registry, Telemetry telemetry) {
        return CatalogApiClient.builder().config(config).credentialsFrom(credentials).registry(registry).telemetry(telemetry).build();
    }

    @Provides
    static ApplicationDescriptor applicationDescriptor() {
        return KilnShopApp.DESCRIPTOR;
    }
}
