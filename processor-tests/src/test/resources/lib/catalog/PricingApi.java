package catalog;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Service;

/** Another service of the API jar, which the consumer calls through its client. */
@Service("pricing")
@Path("/prices")
public interface PricingApi {
    @Get("/{sku}")
    long priceOf(@PathParam String sku);
}
