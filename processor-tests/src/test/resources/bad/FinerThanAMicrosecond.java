package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.RateLimit;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface FinerThanAMicrosecond {
    @Get
    @RateLimit(permits = 5000, per = "1ms") // <-- [KilnInvalidRateLimit]
    String list();
}
