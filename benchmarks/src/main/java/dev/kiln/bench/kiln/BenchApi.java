package dev.kiln.bench.kiln;

import dev.kiln.Body;
import dev.kiln.DefaultValue;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.RateLimit;
import dev.kiln.Service;
import dev.kiln.bench.model.BenchOrder;
import dev.kiln.bench.model.Greeting;
import dev.kiln.bench.model.Item;
import dev.kiln.bench.model.OrderSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

/**
 * The benchmarked service: one tiny GET, one GET with path and query binding, one JSON POST, and the same POST
 * secured, limited and validated.
 */
@Service("bench")
@Path("/")
public interface BenchApi {
    @Get("/hello")
    Greeting hello();

    @Get("/items/{id}")
    Item item(@PathParam long id, @QueryParam String q, @QueryParam @DefaultValue("10") int limit);

    @Post("/orders")
    OrderSummary order(@Body BenchOrder order);

    /** The order POST behind a JWT, a role, a per-principal limit and the order's constraints. */
    @Post("/secure/orders")
    @RolesAllowed("clerk")
    @RateLimit(permits = 1_000_000, per = "10s", key = RateLimit.Key.PRINCIPAL)
    OrderSummary secureOrder(@Body @Valid BenchOrder order);
}
