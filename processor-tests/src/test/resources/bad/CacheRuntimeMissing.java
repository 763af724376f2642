package bad;

import dev.kiln.Cached;
import jakarta.inject.Inject;

public class CacheRuntimeMissing {
    @Inject
    CacheRuntimeMissing() {}

    @Cached(name = "orders") // <-- [KilnCacheRuntimeMissing]
    public String find(long id) {
        return "order " + id;
    }
}
