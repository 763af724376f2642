package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.RateLimit;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
@RateLimit(permits = 10, per = "2w") // <-- [KilnInvalidRateLimit]
public interface UnknownRateLimitUnit {
    @Get
    String list();
}
