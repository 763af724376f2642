package events;

import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.Publisher;
import jakarta.inject.Inject;
import javax.annotation.processing.Generated;

/**
 * Implements {@link OrderEvents} by publishing to the {@code orders} topic.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class OrderEventsPublisher implements OrderEvents {
    private final Publisher publisher;

    @Inject
    public OrderEventsPublisher(Messaging messaging) {
        this.publisher = messaging.events("orders");
    }

    @Override
    public void placed(OrderPlaced event) {
        publisher.publish("placed", OrderPlacedJsonCodec.INSTANCE, event, String.valueOf(event.orderId()));
    }

    @Override
    public void cancelled(OrderCancelled event) {
        publisher.publish("cancelled", OrderCancelledJsonCodec.INSTANCE, event);
    }
}
