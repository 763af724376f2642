package dev.kiln.runtime.messaging;

import dagger.BindsInstance;
import dagger.Component;
import dev.kiln.runtime.KilnRuntimeModule;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.inject.Singleton;

/** {@link TestComponent}'s graph with an OpenTelemetry SDK bound, as kiln-runtime-telemetry binds one. */
@Singleton
@Component(modules = {KilnRuntimeModule.class, KilnMessagingModule.class})
interface TracedTestComponent {
    Messaging messaging();

    @Component.Factory
    interface Factory {
        TracedTestComponent create(@BindsInstance KilnConfig config, @BindsInstance ApplicationDescriptor application,
                                   @BindsInstance OpenTelemetry openTelemetry);
    }
}
