package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Handles the messages of one payload type, on a method of an injectable class of the application. The method
 * takes the payload (a record or enum of an {@link Events} or {@link Queue} interface visible to the
 * compilation), optionally a {@code dev.kiln.runtime.messaging.MessageContext} second; it is neither private
 * nor static. A message is acknowledged when the method returns; one that throws is retried (see
 * {@link Retry}), then becomes a dead letter. Delivery is at-least-once: handlers must be idempotent.
 *
 * <pre>{@code
 * @Singleton
 * final class Billing {
 *     @Inject Billing(Ledger ledger) { ... }
 *
 *     @Subscribe
 *     @Retry(maxAttempts = 3, backoff = "200ms")
 *     void on(OrderPlaced event, MessageContext context) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Subscribe {}
