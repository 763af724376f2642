package dev.kiln.runtime.messaging.spi;

import dev.kiln.runtime.messaging.Destination;
import dev.kiln.runtime.messaging.Envelope;

/**
 * Where a publication made inside a database transaction goes instead of the transport: stored in that
 * transaction, sent by a relay once it has committed, never if it rolls back. {@code kiln-runtime-data} provides
 * one when the application also uses messaging; {@link dev.kiln.runtime.messaging.Messaging#outbox} installs it.
 */
@FunctionalInterface
public interface Outbox {
    /**
     * Stores {@code envelope} for {@code destination} in the calling thread's transaction and returns true, or
     * returns false when the thread is in no transaction (the transport publishes it at once).
     */
    boolean offer(Destination destination, Envelope envelope);
}
