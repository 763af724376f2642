package bad;

import dev.kiln.Cached;
import jakarta.inject.Inject;

public class CacheKeyNoEquals {
    public static class Filter {
        String text;
    }

    @Inject
    CacheKeyNoEquals() {}

    @Cached(name = "searches")
    public String search(
            Filter filter) { // <-- [KilnCacheKeyType]
        return filter.text;
    }
}
