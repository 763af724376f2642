package bad;

import dev.kiln.Cached;
import jakarta.inject.Inject;

public class CachedVoid {
    @Inject
    CachedVoid() {}

    @Cached(name = "products") // <-- [KilnCachedVoid]
    public void warm(String sku) {}
}
