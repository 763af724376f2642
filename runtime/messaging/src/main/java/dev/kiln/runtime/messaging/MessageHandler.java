package dev.kiln.runtime.messaging;

/**
 * A subscriber's method, as the generated dispatcher passes it: returning acknowledges the message, throwing
 * has it retried.
 *
 * <pre>{@code
 * MessageHandler<OrderPlaced> handler = (event, context) -> billing.on(event, context);
 * }</pre>
 */
@FunctionalInterface
public interface MessageHandler<T> {
    void handle(T message, MessageContext context) throws Exception;
}
