package events;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.JsonCodecs;
import java.math.BigDecimal;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;

/**
 * Reads and writes {@link OrderPlaced} as a JSON object with jackson-core's streaming API.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class OrderPlacedJsonCodec implements JsonCodec<OrderPlaced> {
    /**
     * The only instance; codecs are stateless.
     */
    public static final OrderPlacedJsonCodec INSTANCE = new OrderPlacedJsonCodec();

    private static final SerializedString ORDER_ID = new SerializedString("orderId");

    private static final SerializedString CUSTOMER = new SerializedString("customer");

    private static final SerializedString TOTAL = new SerializedString("total");

    private OrderPlacedJsonCodec() {
    }

    @Override
    public void write(JsonGenerator g, OrderPlaced value) {
        g.writeStartObject();
        g.writeName(ORDER_ID);
        g.writeNumber(value.orderId());
        String customer = value.customer();
        g.writeName(CUSTOMER);
        if (customer == null) {
            g.writeNull();
        } else {
            g.writeString(customer);
        }
        BigDecimal total = value.total();
        g.writeName(TOTAL);
        if (total == null) {
            g.writeNull();
        } else {
            JsonCodecs.BIG_DECIMAL.write(g, total);
        }
        g.writeEndObject();
    }

    @Override
    public OrderPlaced read(JsonParser p) {
        Json.expectObject(p);
        long orderId = 0L;
        boolean orderIdSeen = false;
        String customer = null;
        BigDecimal total = null;
        for (String property = p.nextName(); property != null; property = p.nextName()) {
            p.nextToken();
            switch (property) {
                case "orderId" -> {
                    orderId = Json.readLong(p);
                    orderIdSeen = true;
                }
                case "customer" -> customer = Json.readString(p);
                case "total" -> total = Json.isNull(p) ? null : JsonCodecs.BIG_DECIMAL.read(p);
                default -> p.skipChildren();
            }
        }
        if (!orderIdSeen) {
            throw Json.missing(p, "orderId");
        }
        if (customer == null) {
            throw Json.missing(p, "customer");
        }
        if (total == null) {
            throw Json.missing(p, "total");
        }
        return new OrderPlaced(orderId, customer, total);
    }
}
