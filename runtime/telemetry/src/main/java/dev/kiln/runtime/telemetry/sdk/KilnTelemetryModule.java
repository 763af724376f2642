package dev.kiln.runtime.telemetry.sdk;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import dev.kiln.runtime.telemetry.TelemetrySdk;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.inject.Singleton;

/**
 * Binds the application's OpenTelemetry SDK ({@link KilnTelemetrySdk}) into its graph. The processor adds this
 * module to the generated component whenever kiln-runtime-telemetry is on the compile class path; the graph's
 * {@code Telemetry} then records through the SDK, the boot serves {@code GET /metrics} from it and closes it when
 * the application stops.
 *
 * <pre>{@code
 * @Component(modules = {KilnShopAppModule.class, KilnRuntimeModule.class, KilnTelemetryModule.class})
 * interface KilnShopAppComponent { Telemetry telemetry(); ... }
 * }</pre>
 */
@Module
public abstract class KilnTelemetryModule {
    private KilnTelemetryModule() {}

    /**
     * The SDK, configured by the {@code otel.*} keys of the application's configuration; its service name is the
     * application's ({@code kiln.application.name} when set) unless {@code otel.service.name} says otherwise.
     */
    @Provides
    @Singleton
    static KilnTelemetrySdk sdk(KilnConfig config, ApplicationDescriptor descriptor) {
        return KilnTelemetrySdk.start(config, config.get(KilnBoot.APPLICATION_NAME_KEY).map(String::strip)
                .filter(name -> !name.isEmpty()).orElse(descriptor.applicationName()));
    }

    /** The graph owns it: the boot serves its metrics and closes it. */
    @Binds
    abstract TelemetrySdk telemetrySdk(KilnTelemetrySdk sdk);

    /** What the application and Kiln's runtime record through. */
    @Provides
    @Singleton
    static OpenTelemetry openTelemetry(KilnTelemetrySdk sdk) {
        return sdk.openTelemetry();
    }
}
