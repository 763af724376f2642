package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface PathVariableUnbound {
    @Get("/{id}") // <-- [KilnPathVariableUnbound]
    String get();
}
