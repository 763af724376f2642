package catalog;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Service;
import java.util.Optional;

/** An API module compiled with Kiln: its router, client and codecs ship in the same jar. */
@Service("catalog")
@Path("/catalog")
public interface CatalogApi {
    @Get("/{sku}")
    Optional<Product> find(@PathParam String sku);
}
