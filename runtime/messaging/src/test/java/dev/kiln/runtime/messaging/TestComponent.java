package dev.kiln.runtime.messaging;

import dagger.BindsInstance;
import dagger.Component;
import dev.kiln.runtime.KilnRuntimeModule;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.errors.ErrorTracker;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import jakarta.inject.Singleton;
import java.util.Set;

/** A graph with KilnMessagingModule, as a generated component includes it (with KilnRuntimeModule). */
@Singleton
@Component(modules = {KilnRuntimeModule.class, KilnMessagingModule.class})
interface TestComponent {
    ErrorTracker errorTracker();

    Messaging messaging();

    MessagingEndpoint messagingEndpoint();

    MessagingOperations operations();

    dev.kiln.runtime.messaging.spi.MessageTransport transport();

    Set<HealthCheck> healthChecks();

    @Component.Factory
    interface Factory {
        TestComponent create(@BindsInstance KilnConfig config, @BindsInstance ApplicationDescriptor application);
    }
}
