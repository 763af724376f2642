package cachingredis;

import dev.kiln.CacheEvict;
import dev.kiln.CacheKey;
import dev.kiln.Cached;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Caches whose keys and values Redis may store: each gets its codecs, a composite key its record's. */
@Singleton
public class Pricing {
    public enum Currency { EUR, USD }

    public record Price(String sku, Currency currency, long cents) {}

    @Inject
    Pricing() {}

    @Cached(name = "prices", ttl = "1m")
    public Optional<Price> price(@CacheKey String sku, @CacheKey Currency currency, String requestId) {
        return Optional.empty();
    }

    @Cached(name = "skus", ttl = "1h")
    public List<String> skus(int page) {
        return List.of();
    }

    @CacheEvict(name = "prices")
    public void reprice(String sku, Currency currency) {}
}
