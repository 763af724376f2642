package bad;

import dev.kiln.DefaultValue;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface DefaultOnPathParam {
    @Get("/{id}")
    String get(@PathParam @DefaultValue("1") long id); // <-- [KilnBadDefaultValue]
}
