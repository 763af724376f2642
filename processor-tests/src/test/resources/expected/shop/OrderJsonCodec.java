package shop;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.JsonCodecs;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;

/**
 * Reads and writes {@link Order} as a JSON object with jackson-core's streaming API.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class OrderJsonCodec implements JsonCodec<Order> {
    /**
     * The only instance; codecs are stateless.
     */
    public static final OrderJsonCodec INSTANCE = new OrderJsonCodec();

    private static final SerializedString ID = new SerializedString("id");

    private static final SerializedString CUSTOMER = new SerializedString("customer");

    private static final SerializedString NOTE = new SerializedString("note");

    private static final SerializedString LINES = new SerializedString("lines");

    private static final SerializedString STATUS = new SerializedString("status");

    private static final SerializedString CREATED = new SerializedString("created");

    private static final JsonCodec<List<Line>> LIST_OF_LINE = JsonCodecs.list(LineJsonCodec.INSTANCE);

    private OrderJsonCodec() {
    }

    @Override
    public void write(JsonGenerator g, Order value) {
        g.writeStartObject();
        g.writeName(ID);
        g.writeNumber(value.id());
        String customer = value.customer();
        g.writeName(CUSTOMER);
        if (customer == null) {
            g.writeNull();
        } else {
            g.writeString(customer);
        }
        Optional<String> note = value.note();
        if (note != null && note.isPresent()) {
            g.writeName(NOTE);
            g.writeString(note.get());
        }
        List<Line> lines = value.lines();
        g.writeName(LINES);
        if (lines == null) {
            g.writeNull();
        } else {
            LIST_OF_LINE.write(g, lines);
        }
        OrderStatus status = value.status();
        g.writeName(STATUS);
        if (status == null) {
            g.writeNull();
        } else {
            OrderStatusJsonCodec.INSTANCE.write(g, status);
        }
        Instant created = value.created();
        g.writeName(CREATED);
        if (created == null) {
            g.writeNull();
        } else {
            JsonCodecs.INSTANT.write(g, created);
        }
        g.writeEndObject();
    }

    @Override
    public Order read(JsonParser p) {
        Json.expectObject(p);
        long id = 0L;
        boolean idSeen = false;
        String customer = null;
        Optional<String> note = Optional.empty();
        List<Line> lines = null;
        OrderStatus status = null;
        Instant created = null;
        for (String property = p.nextName(); property != null; property = p.nextName()) {
            p.nextToken();
            switch (property) {
                case "id" -> {
                    id = Json.readLong(p);
                    idSeen = true;
                }
                case "customer" -> customer = Json.readString(p);
                case "note" -> note = Optional.ofNullable(Json.readString(p));
                case "lines" -> lines = Json.isNull(p) ? null : LIST_OF_LINE.read(p);
                case "status" -> status = Json.isNull(p) ? null : OrderStatusJsonCodec.INSTANCE.read(p);
                case "created" -> created = Json.isNull(p) ? null : JsonCodecs.INSTANT.read(p);
                default -> p.skipChildren();
            }
        }
        if (!idSeen) {
            throw Json.missing(p, "id");
        }
        if (customer == null) {
            throw Json.missing(p, "customer");
        }
        if (lines == null) {
            throw Json.missing(p, "lines");
        }
        if (status == null) {
            throw Json.missing(p, "status");
        }
        if (created == null) {
            throw Json.missing(p, "created");
        }
        return new Order(id, customer, note, lines, status, created);
    }
}
