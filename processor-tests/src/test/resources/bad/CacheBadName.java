package bad;

import dev.kiln.Cached;
import jakarta.inject.Inject;

public class CacheBadName {
    @Inject
    CacheBadName() {}

    @Cached(name = "product.prices") // <-- [KilnCacheName]
    public String find(String sku) {
        return sku;
    }
}
