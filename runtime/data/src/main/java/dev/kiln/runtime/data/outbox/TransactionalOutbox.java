package dev.kiln.runtime.data.outbox;

import dev.kiln.runtime.data.Database;
import dev.kiln.runtime.messaging.Destination;
import dev.kiln.runtime.messaging.Envelope;
import dev.kiln.runtime.messaging.EnvelopeCodec;
import dev.kiln.runtime.messaging.spi.Outbox;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes a publication made inside a transaction to {@code kiln_outbox} on that transaction's connection, so that
 * it commits or rolls back with the data it describes. Outside a transaction it declines: the transport publishes
 * at once, as without data.
 */
public final class TransactionalOutbox implements Outbox {
    private final Database database;
    private final Runnable committed;

    /** Over {@code database}; {@code committed} runs after each transaction that wrote to the outbox commits. */
    public TransactionalOutbox(Database database, Runnable committed) {
        this.database = Objects.requireNonNull(database, "database");
        this.committed = Objects.requireNonNull(committed, "committed");
    }

    @Override
    public boolean offer(Destination destination, Envelope envelope) {
        if (!database.transactions().active()) {
            return false;
        }
        String json = new String(EnvelopeCodec.encode(envelope), StandardCharsets.UTF_8);
        database.update("kiln outbox", OutboxSql.INSERT, statement -> {
            statement.setString(1, label(destination));
            statement.setString(2, json);
        });
        database.transactions().afterCommit(committed);
        return true;
    }

    /** {@code events:orders}, {@code queue:emails}. */
    static String label(Destination destination) {
        return destination.kind().label() + ":" + destination.name();
    }

    static Destination destination(String label) {
        int colon = label.indexOf(':');
        return new Destination(Destination.Kind.of(label.substring(0, colon)), label.substring(colon + 1));
    }
}
