package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface InvalidPath {
    @Get("/{id}.json") // <-- [KilnInvalidPath]
    String get(@PathParam String id);
}
