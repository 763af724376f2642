package bad;

import dev.kiln.Cached;
import jakarta.inject.Inject;

public class CachedBadTtl {
    @Inject
    CachedBadTtl() {}

    @Cached(name = "products", ttl = "5 minutes") // <-- [KilnCacheTtl]
    public String find(String sku) {
        return sku;
    }
}
