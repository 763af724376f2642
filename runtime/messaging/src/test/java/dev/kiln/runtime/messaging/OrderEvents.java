package dev.kiln.runtime.messaging;

/** The tests' events interface; with the processor it carries {@code @Events("orders")}. */
public interface OrderEvents {
    void placed(OrderPlaced event);
}
