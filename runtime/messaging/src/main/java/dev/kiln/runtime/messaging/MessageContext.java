package dev.kiln.runtime.messaging;

import java.time.Instant;
import java.util.Optional;

/**
 * What a subscriber may know about the message it handles, besides its payload: the CloudEvents attributes
 * and which attempt this is. A {@code @Subscribe} method takes it as an optional second parameter.
 *
 * <pre>{@code
 * @Subscribe @Retry(maxAttempts = 5, backoff = "200ms", maxBackoff = "30s")
 * void on(OrderCancelled event, MessageContext context) {
 *     if (!processed.add(context.id())) return;     // at-least-once: dedupe on the CloudEvents id
 *     log.info("attempt " + context.attempt() + " of " + context.type());
 * }
 * }</pre>
 */
public interface MessageContext {

    /** The CloudEvents {@code id}: unique per publication, the same on every redelivery and replay. */
    String id();

    /** The CloudEvents {@code type}: {@code <topic or queue>.<method>}, e.g. {@code orders.placed}. */
    String type();

    /** The CloudEvents {@code source}: {@code /<publishing application>}, e.g. {@code /orders}. */
    String source();

    /** When it was published (the publisher's clock). */
    Instant time();

    /** Which delivery this is to this subscriber: 1 the first time, 2 on the first retry, … */
    int attempt();

    /** The {@code @OrderingKey} value it was published with, if any (the {@code partitionkey} attribute). */
    Optional<String> orderingKey();

    /** The W3C {@code traceparent} it carries, if any. */
    Optional<String> traceparent();
}
