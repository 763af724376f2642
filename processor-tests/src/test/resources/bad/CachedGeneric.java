package bad;

import dev.kiln.Cached;
import jakarta.inject.Inject;

public class CachedGeneric {
    @Inject
    CachedGeneric() {}

    @Cached(name = "orders") // <-- [KilnCacheGeneric]
    public <T> T find(Class<T> type) {
        return null;
    }
}
