package com.example;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Post;
import dev.kiln.Put;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import dev.kiln.runtime.security.Principal;
import java.util.Optional;

/** The catalog the orders service calls (samples/shop-api's, shortened). */
@Service("catalog")
@Path("/products")
public interface CatalogApi {
    @Get("/{sku}")
    Optional<Product> find(@PathParam String sku);

    @Post("/{sku}/reservations")
    Reservation reserve(@PathParam String sku, @Body ReservationRequest request);

    @Put("/{sku}/stock")
    Product restock(@PathParam String sku, @QueryParam int units, Principal keeper);
}
