package dev.kiln.runtime.messaging;

/**
 * Exactly what the processor generates for {@code @Events("orders") interface OrderEvents} whose payload
 * {@code OrderPlaced} has {@code @OrderingKey long orderId} (docs/events.md, "Generated code").
 */
public final class OrderEventsPublisher implements OrderEvents {
    private final Publisher publisher;

    // @Inject
    public OrderEventsPublisher(Messaging messaging) {
        this.publisher = messaging.events("orders");
    }

    @Override
    public void placed(OrderPlaced event) {
        publisher.publish("placed", OrderPlacedJsonCodec.INSTANCE, event, String.valueOf(event.orderId()));
    }
}
