package data;

import dagger.BindsInstance;
import dagger.Component;
import dev.kiln.runtime.KilnRuntimeModule;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.data.Database;
import dev.kiln.runtime.data.KilnDataModule;
import dev.kiln.runtime.errors.ErrorTracker;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.http.ExceptionMapper;
import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.telemetry.Telemetry;
import jakarta.inject.Singleton;
import java.util.Set;
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
                KilnDataModule.class
        }
)
public interface KilnShopAppComponent {
    OrderCleaner orderCleaner();

    ServiceRegistry serviceRegistry();

    Set<KilnFilter> filters();

    Set<ExceptionMapper<?>> exceptionMappers();

    Set<HealthCheck> healthChecks();

    ErrorTracker errorTracker();

    Telemetry telemetry();

    Database database();

    @Component.Factory
    interface Factory {
        KilnShopAppComponent create(@BindsInstance KilnConfig config);
    }
}
