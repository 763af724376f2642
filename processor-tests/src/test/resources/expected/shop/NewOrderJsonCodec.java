package shop;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.JsonCodecs;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;

/**
 * Reads and writes {@link NewOrder} as a JSON object with jackson-core's streaming API.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class NewOrderJsonCodec implements JsonCodec<NewOrder> {
    /**
     * The only instance; codecs are stateless.
     */
    public static final NewOrderJsonCodec INSTANCE = new NewOrderJsonCodec();

    private static final SerializedString CUSTOMER = new SerializedString("customer");

    private static final SerializedString LINES = new SerializedString("lines");

    private static final SerializedString NOTE = new SerializedString("note");

    private static final JsonCodec<List<Line>> LIST_OF_LINE = JsonCodecs.list(LineJsonCodec.INSTANCE);

    private NewOrderJsonCodec() {
    }

    @Override
    public void write(JsonGenerator g, NewOrder value) {
        g.writeStartObject();
        String customer = value.customer();
        g.writeName(CUSTOMER);
        if (customer == null) {
            g.writeNull();
        } else {
            g.writeString(customer);
        }
        List<Line> lines = value.lines();
        g.writeName(LINES);
        if (lines == null) {
            g.writeNull();
        } else {
            LIST_OF_LINE.write(g, lines);
        }
        Optional<String> note = value.note();
        if (note != null && note.isPresent()) {
            g.writeName(NOTE);
            g.writeString(note.get());
        }
        g.writeEndObject();
    }

    @Override
    public NewOrder read(JsonParser p) {
        Json.expectObject(p);
        String customer = null;
        List<Line> lines = null;
        Optional<String> note = Optional.empty();
        for (String property = p.nextName(); property != null; property = p.nextName()) {
            p.nextToken();
            switch (property) {
                case "customer" -> customer = Json.readString(p);
                case "lines" -> lines = Json.isNull(p) ? null : LIST_OF_LINE.read(p);
                case "note" -> note = Optional.ofNullable(Json.readString(p));
                default -> p.skipChildren();
            }
        }
        if (customer == null) {
            throw Json.missing(p, "customer");
        }
        if (lines == null) {
            throw Json.missing(p, "lines");
        }
        return new NewOrder(customer, lines, note);
    }
}
