package bad;

import dev.kiln.Cached;
import jakarta.inject.Inject;

public class CacheReservedName {
    @Inject
    CacheReservedName() {}

    @Cached(name = "store") // <-- [KilnCacheName]
    public String find(String sku) {
        return sku;
    }
}
