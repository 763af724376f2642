package dev.kiln.runtime.messaging;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;

/** As the processor generates it (docs/ARCHITECTURE.md, "JSON codecs"). */
public final class OrderPlacedJsonCodec implements JsonCodec<OrderPlaced> {
    public static final OrderPlacedJsonCodec INSTANCE = new OrderPlacedJsonCodec();
    private static final SerializedString ORDER_ID = new SerializedString("orderId");
    private static final SerializedString CUSTOMER = new SerializedString("customer");
    private static final SerializedString LINE = new SerializedString("line");

    private OrderPlacedJsonCodec() {}

    @Override
    public void write(JsonGenerator g, OrderPlaced value) {
        g.writeStartObject();
        g.writeName(ORDER_ID);
        g.writeNumber(value.orderId());
        String customer = value.customer();
        g.writeName(CUSTOMER);
        if (customer == null) g.writeNull(); else g.writeString(customer);
        g.writeName(LINE);
        g.writeNumber(value.line());
        g.writeEndObject();
    }

    @Override
    public OrderPlaced read(JsonParser p) {
        Json.expectObject(p);
        long orderId = 0L;
        boolean orderIdSeen = false;
        String customer = null;
        int line = 0;
        boolean lineSeen = false;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "orderId" -> { orderId = Json.readLong(p); orderIdSeen = true; }
                case "customer" -> customer = Json.readString(p);
                case "line" -> { line = Json.readInt(p); lineSeen = true; }
                default -> p.skipChildren();
            }
        }
        if (!orderIdSeen) throw Json.missing(p, "orderId");
        if (customer == null) throw Json.missing(p, "customer");
        if (!lineSeen) throw Json.missing(p, "line");
        return new OrderPlaced(orderId, customer, line);
    }
}
