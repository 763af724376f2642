package bad;

import dev.kiln.Cached;
import jakarta.inject.Inject;

public class CachedTtlConflict {
    @Inject
    CachedTtlConflict() {}

    @Cached(name = "orders", ttl = "5m")
    public String find(long id) {
        return "order " + id;
    }

    @Cached(name = "orders", ttl = "10m") // <-- [KilnCacheConflict]
    public String findAgain(long id) {
        return "order " + id;
    }
}
