package dev.kiln.samples.shop.api;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Post;
import dev.kiln.Put;
import dev.kiln.QueryParam;
import dev.kiln.RateLimit;
import dev.kiln.Service;
import dev.kiln.runtime.security.Principal;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * The product catalog: what the shop sells, at what price, and how many are left. Its rule and limit are part of
 * the contract, yet this module compiles with kiln-annotations and kiln-runtime-core alone: the catalog service,
 * which serves the interface, generates the router that checks them and depends on the runtimes that do.
 */
@Service("catalog")
@Path("/products")
public interface CatalogApi {

    /** One product; 404 when the SKU is unknown. */
    @Get("/{sku}")
    Optional<Product> find(@PathParam String sku);

    /** All products, optionally of one category. */
    @Get
    List<Product> list(@QueryParam Optional<Category> category);

    /** Takes units of a product out of stock for an order; 409 when not enough are left. */
    @Post("/{sku}/reservations")
    @RateLimit(permits = 200, per = "1s")
    Reservation reserve(@PathParam String sku, @Body ReservationRequest request);

    /** Adds units to a product's stock; only a stock keeper may, and the catalog logs who did. */
    @Put("/{sku}/stock")
    @RolesAllowed("stock-keeper")
    Product restock(@PathParam String sku, @QueryParam int units, Principal keeper);
}
