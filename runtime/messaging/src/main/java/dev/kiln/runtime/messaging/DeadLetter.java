package dev.kiln.runtime.messaging;

import java.time.Instant;

/**
 * A message whose handler failed on every attempt its retry policy allowed.
 *
 * @param id          the dead letter's own id (Redis: its entry id in {@code <stream>:dlq}), for replay
 * @param destination where it was published
 * @param group       the consumer group whose handler failed
 * @param envelope    the message as it was published
 * @param error       the last failure: exception class and message
 * @param attempts    how many times it was delivered
 * @param deadAt      when it became a dead letter
 */
public record DeadLetter(String id, Destination destination, String group, Envelope envelope, String error,
                         int attempts, Instant deadAt) {

    /** {@code t} as a dead letter's error: its class name and message. */
    public static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getName() + (message == null ? "" : ": " + message);
    }
}
