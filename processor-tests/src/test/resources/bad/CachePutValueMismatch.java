package bad;

import dev.kiln.CacheKey;
import dev.kiln.CachePut;
import dev.kiln.Cached;
import jakarta.inject.Inject;

public class CachePutValueMismatch {
    @Inject
    CachePutValueMismatch() {}

    @Cached(name = "orders")
    public String find(long id) {
        return "order " + id;
    }

    @CachePut(name = "orders") // <-- [KilnCacheValueMismatch]
    public int rename(@CacheKey long id, String name) {
        return 1;
    }
}
