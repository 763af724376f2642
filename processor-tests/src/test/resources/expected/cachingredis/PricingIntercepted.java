package cachingredis;

import dev.kiln.runtime.cache.CacheLoad;
import dev.kiln.runtime.cache.CacheSpec;
import dev.kiln.runtime.cache.Caches;
import dev.kiln.runtime.cache.KilnCache;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.JsonCodecs;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Runs the intercepted methods of {@link Pricing}; bound in the graph in its place.
 */
@Generated("dev.kiln.processor.KilnProcessor")
@Singleton
public final class PricingIntercepted extends Pricing {
    private static final JsonCodec<Optional<Pricing.Price>> OPTIONAL_OF_PRICING_PRICE = JsonCodecs.optional(Pricing_PriceJsonCodec.INSTANCE);

    private static final JsonCodec<List<String>> LIST_OF_STRING = JsonCodecs.list(JsonCodecs.STRING);

    private static final CacheSpec<PricesKey, Optional<Pricing.Price>> PRICES = new CacheSpec<>("prices", Duration.ofMinutes(1), PricingIntercepted_PricesKeyJsonCodec.INSTANCE, OPTIONAL_OF_PRICING_PRICE);

    private static final CacheSpec<Integer, List<String>> SKUS = new CacheSpec<>("skus", Duration.ofHours(1), JsonCodecs.INT, LIST_OF_STRING);

    private final KilnCache<PricesKey, Optional<Pricing.Price>> prices;

    private final KilnCache<Integer, List<String>> skus;

    @Inject
    PricingIntercepted(Caches caches) {
        super();
        this.prices = caches.cache(PRICES);
        this.skus = caches.cache(SKUS);
    }

    @Override
    public Optional<Pricing.Price> price(String sku, Pricing.Currency currency, String requestId) {
        PricesKey key = new PricesKey(sku, currency);
        Optional<Pricing.Price> cached = this.prices.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        CacheLoad<Optional<Pricing.Price>> load = this.prices.load(key);
        if (load.loaded()) {
            return load.value();
        }
        try {
            Optional<Pricing.Price> result = super.price(sku, currency, requestId);
            load.complete(result);
            return result;
        } catch (Throwable error) {
            load.fail(error);
            throw error;
        }
    }

    @Override
    public List<String> skus(int page) {
        Integer key = page;
        List<String> cached = this.skus.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        CacheLoad<List<String>> load = this.skus.load(key);
        if (load.loaded()) {
            return load.value();
        }
        try {
            List<String> result = super.skus(page);
            load.complete(result);
            return result;
        } catch (Throwable error) {
            load.fail(error);
            throw error;
        }
    }

    @Override
    public void reprice(String sku, Pricing.Currency currency) {
        PricesKey key = new PricesKey(sku, currency);
        super.reprice(sku, currency);
        this.prices.evict(key);
    }

    /**
     * A key of cache entries: compared component by component.
     */
    public record PricesKey(String sku, Pricing.Currency currency) {
    }
}
