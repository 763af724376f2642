package dev.kiln.runtime.messaging.spi;

import dev.kiln.runtime.messaging.Envelope;
import dev.kiln.runtime.messaging.RetryPolicy;

/** What a transport delivers one destination's messages to, for one consumer group. */
public interface MessageConsumer {

    /**
     * Handles one delivery; returning acknowledges it, throwing has it retried (or dead-lettered after the
     * last attempt). A message of a type this consumer does not handle is simply returned from.
     *
     * @param attempt 1 on the first delivery
     */
    void handle(Envelope envelope, int attempt) throws Exception;

    /** The retry policy of messages of {@code type}. */
    RetryPolicy retryPolicy(String type);

    /** How many messages may be handled at once. */
    int concurrency();
}
