package shop;

import dev.kiln.Get;
import dev.kiln.Idempotent;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Post;
import dev.kiln.Service;
import java.util.Optional;

/** A service the golden application calls: nothing here implements it, so it is bound to its client. */
@Service("catalog")
@Path("/catalog")
public interface CatalogApi {

    @Get("/{sku}")
    Optional<Product> find(@PathParam String sku);

    /** A POST that is safe to send twice: a discovered client may retry it on another instance. */
    @Post("/{sku}/refresh")
    @Idempotent
    void refresh(@PathParam String sku);
}
