package shop;

import dev.kiln.Body;
import dev.kiln.DefaultValue;
import dev.kiln.Delete;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Post;
import dev.kiln.Put;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import dev.kiln.Status;
import java.util.List;
import java.util.Optional;

/** The service the golden application serves. */
@Service("orders")
@Path("/orders")
public interface OrderApi {

    @Get("/{id}")
    Order get(@PathParam long id);

    @Get
    List<Order> list(@QueryParam Optional<String> customer,
                     @QueryParam @DefaultValue("20") int limit,
                     @QueryParam("tag") List<String> tags);

    @Post
    @Status(201)
    Order create(@Body NewOrder order);

    @Delete("/{id}")
    void cancel(@PathParam long id, @Header("X-Reason") Optional<String> reason);

    @Get("/{id}/receipt")
    String receipt(@PathParam long id);

    @Put("/{id}/status")
    OrderStatus changeStatus(@PathParam("id") long orderId, @Body OrderStatus status);
}
