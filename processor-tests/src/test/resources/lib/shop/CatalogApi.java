package shop;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;

/** A service interface from a jar that was compiled without kiln-processor. */
@Service("catalog")
@Path("/catalog")
public interface CatalogApi {
    @Get
    String list();
}
