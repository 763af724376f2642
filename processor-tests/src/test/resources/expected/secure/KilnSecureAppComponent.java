package secure;

import dagger.BindsInstance;
import dagger.Component;
import dev.kiln.runtime.KilnRuntimeModule;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.errors.ErrorTracker;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.http.ExceptionMapper;
import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.ratelimit.KilnRateLimitModule;
import dev.kiln.runtime.ratelimit.RateLimiters;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.security.KilnSecurityModule;
import dev.kiln.runtime.telemetry.Telemetry;
import dev.kiln.runtime.validation.ValidationClock;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The object graph of {@link SecureApp}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
@Singleton
@Component(
        modules = {
                KilnSecureAppModule.class,
                KilnRuntimeModule.class,
                KilnSecurityModule.class,
                KilnRateLimitModule.class
        }
)
public interface KilnSecureAppComponent {
    OrderApi orderApi();

    ServiceRegistry serviceRegistry();

    Set<KilnFilter> filters();

    Set<ExceptionMapper<?>> exceptionMappers();

    Set<HealthCheck> healthChecks();

    ErrorTracker errorTracker();

    Telemetry telemetry();

    RateLimiters rateLimiters();

    AuditFilter auditFilter();

    TraceFilter traceFilter();

    @ValidationClock
    Optional<Clock> validationClock();

    @Component.Factory
    interface Factory {
        KilnSecureAppComponent create(@BindsInstance KilnConfig config);
    }
}
