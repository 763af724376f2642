package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.RateLimit;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface ZeroPermits {
    @Get
    @RateLimit(permits = 0, per = "1s") // <-- [KilnInvalidRateLimit]
    String list();
}
