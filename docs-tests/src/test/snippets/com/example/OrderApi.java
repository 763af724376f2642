package com.example;

import dev.kiln.Body;
import dev.kiln.DefaultValue;
import dev.kiln.Delete;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import dev.kiln.Status;
import java.util.List;
import java.util.Optional;

/** README step 1's interface. */
@Service("orders")
@Path("/orders")
public interface OrderApi {
    @Get("/{id}") Optional<Order> get(@PathParam long id);
    @Get List<Order> list(@QueryParam Optional<String> customer, @QueryParam @DefaultValue("20") int limit);
    @Post @Status(201) Order create(@Body NewOrder order);
    @Delete("/{id}") void cancel(@PathParam long id, @Header("X-Reason") Optional<String> reason);
}
