package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as the contract of a work queue: one handler in the whole system gets each message
 * (every subscriber, in any application, competes for them). Each method sends one message type: it returns
 * {@code void} and takes one record (or enum) payload; the CloudEvents type is {@code <queue>.<method>}.
 *
 * <pre>{@code
 * @Queue("emails")
 * public interface EmailQueue {
 *     void send(EmailJob job);
 * }
 * }</pre>
 *
 * Kiln generates {@code EmailQueuePublisher implements EmailQueue} and a JSON codec for every payload;
 * injecting {@code EmailQueue} gives the publisher. Handle messages with {@link Subscribe} on a method taking
 * the payload. The name is lower-case letters, digits, {@code .}, {@code -} and {@code _}, starting with a letter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Queue {
    /** The queue's name, e.g. {@code "emails"}: the Redis stream {@code kiln:queue:<name>}. */
    String value();
}
