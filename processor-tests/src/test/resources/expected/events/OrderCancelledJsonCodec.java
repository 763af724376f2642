package events;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;

/**
 * Reads and writes {@link OrderCancelled} as a JSON object with jackson-core's streaming API.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class OrderCancelledJsonCodec implements JsonCodec<OrderCancelled> {
    /**
     * The only instance; codecs are stateless.
     */
    public static final OrderCancelledJsonCodec INSTANCE = new OrderCancelledJsonCodec();

    private static final SerializedString ORDER_ID = new SerializedString("orderId");

    private static final SerializedString REASON = new SerializedString("reason");

    private OrderCancelledJsonCodec() {
    }

    @Override
    public void write(JsonGenerator g, OrderCancelled value) {
        g.writeStartObject();
        g.writeName(ORDER_ID);
        g.writeNumber(value.orderId());
        OrderCancelled.Reason reason = value.reason();
        g.writeName(REASON);
        if (reason == null) {
            g.writeNull();
        } else {
            OrderCancelled_ReasonJsonCodec.INSTANCE.write(g, reason);
        }
        g.writeEndObject();
    }

    @Override
    public OrderCancelled read(JsonParser p) {
        Json.expectObject(p);
        long orderId = 0L;
        boolean orderIdSeen = false;
        OrderCancelled.Reason reason = null;
        for (String property = p.nextName(); property != null; property = p.nextName()) {
            p.nextToken();
            switch (property) {
                case "orderId" -> {
                    orderId = Json.readLong(p);
                    orderIdSeen = true;
                }
                case "reason" -> reason = Json.isNull(p) ? null : OrderCancelled_ReasonJsonCodec.INSTANCE.read(p);
                default -> p.skipChildren();
            }
        }
        if (!orderIdSeen) {
            throw Json.missing(p, "orderId");
        }
        if (reason == null) {
            throw Json.missing(p, "reason");
        }
        return new OrderCancelled(orderId, reason);
    }
}
