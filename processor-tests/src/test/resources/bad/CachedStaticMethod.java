package bad;

import dev.kiln.CacheEvict;
import jakarta.inject.Inject;

public class CachedStaticMethod {
    @Inject
    CachedStaticMethod() {}

    @CacheEvict(name = "products", allEntries = true) // <-- [KilnInterceptedStatic]
    public static void clear() {}
}
