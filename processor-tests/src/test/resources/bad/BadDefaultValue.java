package bad;

import dev.kiln.DefaultValue;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.QueryParam;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface BadDefaultValue {
    @Get
    String list(@QueryParam @DefaultValue("twenty") int limit); // <-- [KilnBadDefaultValue]
}
