package dev.kiln.runtime.data.outbox;

import dagger.Module;
import dagger.Provides;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.data.Database;
import dev.kiln.runtime.messaging.Messaging;
import jakarta.inject.Singleton;

/**
 * The outbox for an application that uses data and messaging: generated code adds this module and starts
 * {@link OutboxRelay} as a lifecycle component after {@code Database} and {@code Messaging}; building the relay
 * installs the outbox in {@code Messaging}, so publications inside transactions go through it from the first one.
 */
@Module
public abstract class KilnOutboxModule {
    private KilnOutboxModule() {}

    @Provides
    @Singleton
    static OutboxRelay outboxRelay(Database database, Messaging messaging, KilnConfig config) {
        return new OutboxRelay(database, messaging, OutboxSettings.from(config));
    }
}
