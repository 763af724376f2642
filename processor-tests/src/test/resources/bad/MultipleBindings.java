package bad;

import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.QueryParam;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface MultipleBindings {
    @Get
    String list(@QueryParam @Header int limit); // <-- [KilnMultipleBindings]
}
