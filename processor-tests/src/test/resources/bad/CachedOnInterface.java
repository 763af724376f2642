package bad;

import dev.kiln.Cached;
import java.util.Optional;

public interface CachedOnInterface {
    @Cached(name = "products") // <-- [KilnCacheOnInterface]
    Optional<String> find(String sku);
}
