package dev.kiln.runtime.testapp;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.JsonCodecs;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;

/** Written by hand in the shape the processor generates for records. */
public final class NewOrderJsonCodec implements JsonCodec<NewOrder> {
    public static final NewOrderJsonCodec INSTANCE = new NewOrderJsonCodec();
    private static final SerializedString CUSTOMER = new SerializedString("customer");
    private static final SerializedString NOTE = new SerializedString("note");
    private static final SerializedString LINES = new SerializedString("lines");
    private static final SerializedString COLOR = new SerializedString("color");
    private static final JsonCodec<List<Line>> LIST_OF_LINE = JsonCodecs.list(LineJsonCodec.INSTANCE);

    private NewOrderJsonCodec() {}

    @Override
    public void write(JsonGenerator g, NewOrder value) {
        g.writeStartObject();
        String customer = value.customer();
        g.writeName(CUSTOMER);
        if (customer == null) g.writeNull(); else g.writeString(customer);
        Optional<String> note = value.note();
        if (note != null && note.isPresent()) { g.writeName(NOTE); g.writeString(note.get()); }
        List<Line> lines = value.lines();
        g.writeName(LINES);
        if (lines == null) g.writeNull(); else LIST_OF_LINE.write(g, lines);
        Color color = value.color();
        g.writeName(COLOR);
        if (color == null) g.writeNull(); else ColorJsonCodec.INSTANCE.write(g, color);
        g.writeEndObject();
    }

    @Override
    public NewOrder read(JsonParser p) {
        Json.expectObject(p);
        String customer = null;
        Optional<String> note = Optional.empty();
        List<Line> lines = null;
        Color color = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "customer" -> customer = Json.readString(p);
                case "note" -> note = Optional.ofNullable(Json.readString(p));
                case "lines" -> lines = Json.isNull(p) ? null : LIST_OF_LINE.read(p);
                case "color" -> color = Json.isNull(p) ? null : ColorJsonCodec.INSTANCE.read(p);
                default -> p.skipChildren();
            }
        }
        if (customer == null) throw Json.missing(p, "customer");
        if (lines == null) throw Json.missing(p, "lines");
        if (color == null) throw Json.missing(p, "color");
        return new NewOrder(customer, note, lines, color);
    }
}
