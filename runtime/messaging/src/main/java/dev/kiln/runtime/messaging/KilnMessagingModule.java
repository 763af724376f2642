package dev.kiln.runtime.messaging;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.errors.ErrorTracker;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.messaging.spi.MessageTransport;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import dev.kiln.runtime.telemetry.Telemetry;
import jakarta.inject.Singleton;

/**
 * Messaging for an application's graph: one {@link Messaging} over the transport {@code kiln.messaging.transport}
 * names ({@code memory} by default; {@code redis} needs {@code dev.kiln:kiln-runtime-messaging-redis}, else the
 * start fails naming it), its readiness check in the graph's {@code Set<HealthCheck>}, its
 * {@link MessagingOperations}, its {@link MessageTransport} and its {@link MessagingEndpoint}; traced and measured
 * through the graph's {@code Telemetry} (nothing is made when it is the no-op one). The application name (CloudEvents source,
 * consumer group) is {@code kiln.application.name} if set, else the graph's {@link ApplicationDescriptor}'s.
 *
 * <p>Lifecycle order: {@code Messaging} is a {@code Lifecycle} that every generated publisher and dispatcher
 * depends on, so it starts before them and stops after them; the generated dispatcher, a {@code Lifecycle}
 * depending on the subscriber classes, starts consuming after the rest of the graph has started and stops before it.
 *
 * <pre>{@code
 * @Component(modules = {KilnShopAppModule.class, KilnRuntimeModule.class, KilnMessagingModule.class})
 * interface KilnShopAppComponent { Messaging messaging(); KilnShopAppDispatcher dispatcher(); MessagingEndpoint messagingEndpoint(); ... }
 * // KilnShopAppModule: @Provides static ApplicationDescriptor descriptor() { return KilnShopApp.DESCRIPTOR; }
 * }</pre>
 */
@Module
public abstract class KilnMessagingModule {
    private KilnMessagingModule() {}

    /** Connects the configured transport (a Redis that cannot be reached fails the start, naming the address). */
    @Provides
    @Singleton
    static Messaging messaging(KilnConfig config, ApplicationDescriptor application, ErrorTracker errors,
                               Telemetry telemetry) {
        String name = config.get(KilnBoot.APPLICATION_NAME_KEY).map(String::strip).filter(s -> !s.isEmpty())
                .orElse(application.applicationName());
        Messaging messaging = Messaging.create(config, name);
        // The graph's tracker, which the router's 500s go to as well: failed deliveries show on /kiln/errors.
        messaging.errors(errors);
        // Before the generated publishers and dispatcher are made: they keep whether spans are made.
        messaging.telemetry(telemetry);
        return messaging;
    }

    @Provides
    @IntoSet
    static HealthCheck messagingHealth(Messaging messaging) {
        return messaging.healthCheck();
    }

    /** The transport itself (the graph's one, inside {@link Messaging}). */
    @Provides
    static MessageTransport messageTransport(Messaging messaging) {
        return messaging.transport();
    }

    @Provides
    static MessagingOperations messagingOperations(Messaging messaging) {
        return messaging.operations();
    }

    /** {@code /kiln/messaging}; replay and purge only with {@code kiln.messaging.endpoint.write=true}. */
    @Provides
    @Singleton
    static MessagingEndpoint messagingEndpoint(Messaging messaging, KilnConfig config) {
        return new MessagingEndpoint(messaging, config.getBoolean(MessagingEndpoint.WRITE, false));
    }
}
