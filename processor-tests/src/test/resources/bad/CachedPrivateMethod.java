package bad;

import dev.kiln.Cached;
import jakarta.inject.Inject;

public class CachedPrivateMethod {
    @Inject
    CachedPrivateMethod() {}

    public String lookup(String sku) {
        return find(sku);
    }

    @Cached(name = "products") // <-- [KilnInterceptedPrivate]
    private String find(String sku) {
        return sku;
    }
}
