package shop;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.JsonCodecs;
import java.math.BigDecimal;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;

/**
 * Reads and writes {@link Line} as a JSON object with jackson-core's streaming API.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class LineJsonCodec implements JsonCodec<Line> {
    /**
     * The only instance; codecs are stateless.
     */
    public static final LineJsonCodec INSTANCE = new LineJsonCodec();

    private static final SerializedString SKU = new SerializedString("sku");

    private static final SerializedString QUANTITY = new SerializedString("quantity");

    private static final SerializedString PRICE = new SerializedString("price");

    private LineJsonCodec() {
    }

    @Override
    public void write(JsonGenerator g, Line value) {
        g.writeStartObject();
        String sku = value.sku();
        g.writeName(SKU);
        if (sku == null) {
            g.writeNull();
        } else {
            g.writeString(sku);
        }
        g.writeName(QUANTITY);
        g.writeNumber(value.quantity());
        BigDecimal price = value.price();
        g.writeName(PRICE);
        if (price == null) {
            g.writeNull();
        } else {
            JsonCodecs.BIG_DECIMAL.write(g, price);
        }
        g.writeEndObject();
    }

    @Override
    public Line read(JsonParser p) {
        Json.expectObject(p);
        String sku = null;
        int quantity = 0;
        boolean quantitySeen = false;
        BigDecimal price = null;
        for (String property = p.nextName(); property != null; property = p.nextName()) {
            p.nextToken();
            switch (property) {
                case "sku" -> sku = Json.readString(p);
                case "quantity" -> {
                    quantity = Json.readInt(p);
                    quantitySeen = true;
                }
                case "price" -> price = Json.isNull(p) ? null : JsonCodecs.BIG_DECIMAL.read(p);
                default -> p.skipChildren();
            }
        }
        if (sku == null) {
            throw Json.missing(p, "sku");
        }
        if (!quantitySeen) {
            throw Json.missing(p, "quantity");
        }
        if (price == null) {
            throw Json.missing(p, "price");
        }
        return new Line(sku, quantity, price);
    }
}
