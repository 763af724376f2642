package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.RateLimit;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface RateLimitRuntimeMissing {
    @Get
    @RateLimit(permits = 10, per = "1s") // <-- [KilnRateLimitRuntimeMissing]
    String list();

    /** Serves the interface in this compilation, so its router, and the runtime it calls, belong here. */
    final class Served implements RateLimitRuntimeMissing {
        @Override
        public String list() {
            return "";
        }
    }
}
