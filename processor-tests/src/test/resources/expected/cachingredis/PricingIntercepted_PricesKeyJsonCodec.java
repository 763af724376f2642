package cachingredis;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;

/**
 * Reads and writes {@link PricingIntercepted.PricesKey} as a JSON object with jackson-core's streaming API.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class PricingIntercepted_PricesKeyJsonCodec implements JsonCodec<PricingIntercepted.PricesKey> {
    /**
     * The only instance; codecs are stateless.
     */
    public static final PricingIntercepted_PricesKeyJsonCodec INSTANCE = new PricingIntercepted_PricesKeyJsonCodec();

    private static final SerializedString SKU = new SerializedString("sku");

    private static final SerializedString CURRENCY = new SerializedString("currency");

    private PricingIntercepted_PricesKeyJsonCodec() {
    }

    @Override
    public void write(JsonGenerator g, PricingIntercepted.PricesKey value) {
        g.writeStartObject();
        String sku = value.sku();
        g.writeName(SKU);
        if (sku == null) {
            g.writeNull();
        } else {
            g.writeString(sku);
        }
        Pricing.Currency currency = value.currency();
        g.writeName(CURRENCY);
        if (currency == null) {
            g.writeNull();
        } else {
            Pricing_CurrencyJsonCodec.INSTANCE.write(g, currency);
        }
        g.writeEndObject();
    }

    @Override
    public PricingIntercepted.PricesKey read(JsonParser p) {
        Json.expectObject(p);
        String sku = null;
        Pricing.Currency currency = null;
        for (String property = p.nextName(); property != null; property = p.nextName()) {
            p.nextToken();
            switch (property) {
                case "sku" -> sku = Json.readString(p);
                case "currency" -> currency = Json.isNull(p) ? null : Pricing_CurrencyJsonCodec.INSTANCE.read(p);
                default -> p.skipChildren();
            }
        }
        if (sku == null) {
            throw Json.missing(p, "sku");
        }
        if (currency == null) {
            throw Json.missing(p, "currency");
        }
        return new PricingIntercepted.PricesKey(sku, currency);
    }
}
