package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface PathParamUnknown {
    @Get("/{id}")
    String get(@PathParam("id") long id,
               @PathParam("line") int line); // <-- [KilnPathParamUnknown]
}
