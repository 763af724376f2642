package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface RouteConflictInInterface {
    @Get("/{id}")
    String byId(@PathParam long id);

    @Get("/{key}/") // <-- [KilnRouteConflict]
    String byKey(@PathParam String key);
}
