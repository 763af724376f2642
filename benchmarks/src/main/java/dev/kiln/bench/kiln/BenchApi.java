package dev.kiln.bench.kiln;

import dev.kiln.Body;
import dev.kiln.DefaultValue;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import dev.kiln.bench.model.BenchOrder;
import dev.kiln.bench.model.Greeting;
import dev.kiln.bench.model.Item;
import dev.kiln.bench.model.OrderSummary;

/** The benchmarked service: one tiny GET, one GET with path and query binding, one JSON POST. */
@Service("bench")
@Path("/")
public interface BenchApi {
    @Get("/hello")
    Greeting hello();

    @Get("/items/{id}")
    Item item(@PathParam long id, @QueryParam String q, @QueryParam @DefaultValue("10") int limit);

    @Post("/orders")
    OrderSummary order(@Body BenchOrder order);
}
