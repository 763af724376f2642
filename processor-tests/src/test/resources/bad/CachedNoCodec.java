package bad;

import dev.kiln.Cached;
import jakarta.inject.Inject;

public class CachedNoCodec {
    public static class Report {
        final String text = "";
    }

    @Inject
    CachedNoCodec() {}

    @Cached(name = "reports") // <-- [KilnCacheNoCodec]
    public Report report(long id) {
        return new Report();
    }
}
