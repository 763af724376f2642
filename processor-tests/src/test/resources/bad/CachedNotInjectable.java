package bad;

import dev.kiln.Cached;

public class CachedNotInjectable {
    CachedNotInjectable(String region) {}

    @Cached(name = "products") // <-- [KilnInterceptedNotInjectable]
    public String find(String sku) {
        return sku;
    }
}
