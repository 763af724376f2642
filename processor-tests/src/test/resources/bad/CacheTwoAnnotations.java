package bad;

import dev.kiln.CacheEvict;
import dev.kiln.Cached;
import jakarta.inject.Inject;

public class CacheTwoAnnotations {
    @Inject
    CacheTwoAnnotations() {}

    @Cached(name = "orders") // <-- [KilnCacheAnnotations]
    @CacheEvict(name = "totals")
    public String find(long id) {
        return "order " + id;
    }
}
