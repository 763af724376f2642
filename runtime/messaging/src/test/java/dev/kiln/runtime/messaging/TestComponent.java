package dev.kiln.runtime.messaging;

import dagger.BindsInstance;
import dagger.Component;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import jakarta.inject.Singleton;
import java.util.Set;

/** A graph with KilnMessagingModule, as a generated component includes it. */
@Singleton
@Component(modules = KilnMessagingModule.class)
interface TestComponent {
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
