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
 * Reads and writes {@link Product} as a JSON object with jackson-core's streaming API.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class ProductJsonCodec implements JsonCodec<Product> {
    /**
     * The only instance; codecs are stateless.
     */
    public static final ProductJsonCodec INSTANCE = new ProductJsonCodec();

    private static final SerializedString SKU = new SerializedString("sku");

    private static final SerializedString NAME = new SerializedString("name");

    private static final SerializedString PRICE = new SerializedString("price");

    private ProductJsonCodec() {
    }

    @Override
    public void write(JsonGenerator g, Product value) {
        g.writeStartObject();
        String sku = value.sku();
        g.writeName(SKU);
        if (sku == null) {
            g.writeNull();
        } else {
            g.writeString(sku);
        }
        String name = value.name();
        g.writeName(NAME);
        if (name == null) {
            g.writeNull();
        } else {
            g.writeString(name);
        }
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
    public Product read(JsonParser p) {
        Json.expectObject(p);
        String sku = null;
        String name = null;
        BigDecimal price = null;
        for (String property = p.nextName(); property != null; property = p.nextName()) {
            p.nextToken();
            switch (property) {
                case "sku" -> sku = Json.readString(p);
                case "name" -> name = Json.readString(p);
                case "price" -> price = Json.isNull(p) ? null : JsonCodecs.BIG_DECIMAL.read(p);
                default -> p.skipChildren();
            }
        }
        if (sku == null) {
            throw Json.missing(p, "sku");
        }
        if (name == null) {
            throw Json.missing(p, "name");
        }
        if (price == null) {
            throw Json.missing(p, "price");
        }
        return new Product(sku, name, price);
    }
}
