package bad;

import dev.kiln.Cached;
import jakarta.inject.Inject;

public final class CachedFinalClass {
    @Inject
    CachedFinalClass() {}

    @Cached(name = "products") // <-- [KilnInterceptedFinal]
    public String find(String sku) {
        return sku;
    }
}
