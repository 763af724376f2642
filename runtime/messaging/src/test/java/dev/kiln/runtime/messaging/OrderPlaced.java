package dev.kiln.runtime.messaging;

/** A payload of the tests' {@code @Events("orders")} interface; {@code orderId} is its {@code @OrderingKey}. */
public record OrderPlaced(long orderId, String customer, int line) {}
