package bad;

import dev.kiln.Cached;
import jakarta.inject.Inject;

public class CacheKeyArray {
    @Inject
    CacheKeyArray() {}

    @Cached(name = "totals")
    public long total(
            String[] skus) { // <-- [KilnCacheKeyType]
        return skus.length;
    }
}
