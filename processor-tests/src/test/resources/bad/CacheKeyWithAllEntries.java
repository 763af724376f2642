package bad;

import dev.kiln.CacheEvict;
import dev.kiln.CacheKey;
import jakarta.inject.Inject;

public class CacheKeyWithAllEntries {
    @Inject
    CacheKeyWithAllEntries() {}

    @CacheEvict(name = "products", allEntries = true)
    public void clear(
            @CacheKey String sku) {} // <-- [KilnCacheKeyUnused]
}
