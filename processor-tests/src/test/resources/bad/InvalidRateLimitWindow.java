package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.RateLimit;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface InvalidRateLimitWindow {
    @Get
    @RateLimit(permits = 10,
            per = "1 min") // <-- [KilnInvalidRateLimit]
    String list();
}
