package dev.kiln.runtime.testapp;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;

/** Written by hand in the shape the processor generates for records. */
public final class LineJsonCodec implements JsonCodec<Line> {
    public static final LineJsonCodec INSTANCE = new LineJsonCodec();
    private static final SerializedString SKU = new SerializedString("sku");
    private static final SerializedString QUANTITY = new SerializedString("quantity");

    private LineJsonCodec() {}

    @Override
    public void write(JsonGenerator g, Line value) {
        g.writeStartObject();
        String sku = value.sku();
        g.writeName(SKU);
        if (sku == null) g.writeNull(); else g.writeString(sku);
        g.writeName(QUANTITY);
        g.writeNumber(value.quantity());
        g.writeEndObject();
    }

    @Override
    public Line read(JsonParser p) {
        Json.expectObject(p);
        String sku = null;
        int quantity = 0;
        boolean quantitySeen = false;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "sku" -> sku = Json.readString(p);
                case "quantity" -> { quantity = Json.readInt(p); quantitySeen = true; }
                default -> p.skipChildren();
            }
        }
        if (sku == null) throw Json.missing(p, "sku");
        if (!quantitySeen) throw Json.missing(p, "quantity");
        return new Line(sku, quantity);
    }
}
