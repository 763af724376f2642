package bad;

import dev.kiln.CacheKey;
import jakarta.inject.Inject;

public class CacheKeyUnused {
    @Inject
    CacheKeyUnused() {}

    public String find(
            @CacheKey String sku) { // <-- [KilnCacheKeyUnused]
        return sku;
    }
}
