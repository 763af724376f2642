package bad;

import dev.kiln.Cached;
import jakarta.inject.Inject;

public class CachedFinalMethod {
    @Inject
    CachedFinalMethod() {}

    @Cached(name = "products") // <-- [KilnInterceptedFinal]
    public final String find(String sku) {
        return sku;
    }
}
