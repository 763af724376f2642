package dev.kiln.bench.products;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Service;

/** The same product lookup twice: through the cache, and straight to the database (404 when there is none). */
@Service("products")
@Path("/products")
public interface ProductsApi {
    /** Through {@code ProductCatalog.find}, {@code @Cached}: the database is read on a miss only. */
    @Get("/{sku}")
    Product product(@PathParam String sku);

    /** The same query on every request. */
    @Get("/{sku}/uncached")
    Product productUncached(@PathParam String sku);
}
