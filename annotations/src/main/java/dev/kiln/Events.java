package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as the contract of a topic: every application that subscribes gets each event once
 * (the consumer group is the application's name). Each method publishes one event type: it returns
 * {@code void} and takes one record (or enum) payload; the CloudEvents type is {@code <topic>.<method>}.
 *
 * <pre>{@code
 * @Events("orders")
 * public interface OrderEvents {
 *     void placed(OrderPlaced event);
 *     void cancelled(OrderCancelled event);
 * }
 * }</pre>
 *
 * Kiln generates {@code OrderEventsPublisher implements OrderEvents} and a JSON codec for every payload;
 * injecting {@code OrderEvents} gives the publisher. Subscribe with {@link Subscribe} on a method taking the
 * payload. The topic is lower-case letters, digits, {@code .}, {@code -} and {@code _}, starting with a letter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Events {
    /** The topic, e.g. {@code "orders"}: the Redis stream {@code kiln:events:<topic>}. */
    String value();
}
