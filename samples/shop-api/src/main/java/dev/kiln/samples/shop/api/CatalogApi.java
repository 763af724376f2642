package dev.kiln.samples.shop.api;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import java.util.List;
import java.util.Optional;

/** The product catalog: what the shop sells, at what price, and how many are left. */
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
    Reservation reserve(@PathParam String sku, @Body ReservationRequest request);
}
