package bad;

import dev.kiln.CacheEvict;
import dev.kiln.Cached;
import jakarta.inject.Inject;

public class CacheEvictKeyMismatch {
    @Inject
    CacheEvictKeyMismatch() {}

    @Cached(name = "orders")
    public String find(long id) {
        return "order " + id;
    }

    @CacheEvict(name = "orders") // <-- [KilnCacheKeyMismatch]
    public void cancel(long orderId, String reason) {}
}
