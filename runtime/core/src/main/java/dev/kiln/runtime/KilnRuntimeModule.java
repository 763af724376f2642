package dev.kiln.runtime;

import dagger.Module;
import dagger.BindsOptionalOf;
import dagger.Provides;
import dagger.multibindings.Multibinds;
import dev.kiln.runtime.client.ClientCredentials;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.http.ExceptionMapper;
import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.errors.ErrorTracker;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import dev.kiln.runtime.registry.ServiceRegistries;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.telemetry.Telemetry;
import dev.kiln.runtime.telemetry.TelemetrySdk;
import dev.kiln.runtime.validation.ValidationClock;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The runtime's bindings for an application's Dagger component; generated components list it in
 * their modules.
 *
 * <pre>{@code
 * @Component(modules = {KilnShopAppModule.class, KilnRuntimeModule.class})
 * interface KilnShopAppComponent { ServiceRegistry serviceRegistry(); ErrorTracker errorTracker(); ... }
 * // KilnShopAppModule: @Provides static ApplicationDescriptor descriptor() { return KilnShopApp.DESCRIPTOR; }
 * }</pre>
 */
@Module
public abstract class KilnRuntimeModule {
    private KilnRuntimeModule() {}

    /** The application's global filters: every route runs behind them. Empty unless a module adds some. */
    @Multibinds
    abstract Set<KilnFilter> filters();

    /**
     * The application's health checks: every injectable class of the application that implements
     * {@code HealthCheck} (the generated module adds them) and any a module adds.
     */
    @Multibinds
    abstract Set<HealthCheck> healthChecks();

    /** The application's exception mappers. Empty unless a module adds some. */
    @Multibinds
    abstract Set<ExceptionMapper<?>> exceptionMappers();

    /**
     * Credentials the clients the application injects send, by the called service's name ({@code catalog}
     * for {@code @Service("catalog")}). Empty unless a module adds some:
     * {@code @Provides @IntoMap @StringKey("catalog") static ClientCredentials catalog(...)}. An entry wins over
     * {@code kiln.clients.<service>.bearer-token} / {@code .api-key}.
     */
    @Multibinds
    abstract Map<String, ClientCredentials> clientCredentials();

    /**
     * The clock {@code @Past}/{@code @Future} compare with, when an application module binds one
     * ({@code @Provides @ValidationClock Clock}); absent, routers use the system clock.
     */
    @BindsOptionalOf
    @ValidationClock
    abstract Clock validationClock();

    /**
     * Where the application's unexpected failures are grouped ({@code /kiln/errors}): one per graph, so that the
     * router's 500s and the dispatcher's failed deliveries land in the same place. Frames in the descriptor's
     * packages are the application's.
     */
    @Provides
    @Singleton
    static ErrorTracker errorTracker(KilnConfig config, ApplicationDescriptor descriptor) {
        return ErrorTracker.from(config, descriptor.packages());
    }

    /**
     * The application's OpenTelemetry SDK, when one is bound: kiln-runtime-telemetry's {@code KilnTelemetryModule}
     * (added to the generated component when that module is on the class path) or an application module's own
     * ({@code @Provides OpenTelemetry}, for instance an SDK with in-memory exporters in a test).
     */
    @BindsOptionalOf
    abstract OpenTelemetry openTelemetry();

    /**
     * An SDK the graph owns (kiln-runtime-telemetry's): its metrics are served on {@code /metrics} and it is closed
     * when the application stops. Such a module binds its {@link OpenTelemetry} too.
     */
    @BindsOptionalOf
    abstract TelemetrySdk telemetrySdk();

    /**
     * The graph's {@link Telemetry}: the owned SDK's, else the bound {@link OpenTelemetry}'s, else
     * {@link Telemetry#noop()} (nothing recorded, nothing paid).
     */
    @Provides
    @Singleton
    static Telemetry telemetry(Optional<TelemetrySdk> sdk, Optional<OpenTelemetry> openTelemetry) {
        return sdk.map(Telemetry::of).orElseGet(() -> openTelemetry.map(Telemetry::of).orElse(Telemetry.noop()));
    }

    /** The registry {@code kiln.registry.type} asks for (in-memory by default), one per application component. */
    @Provides
    @Singleton
    static ServiceRegistry serviceRegistry(KilnConfig config) {
        return ServiceRegistries.create(config);
    }
}
