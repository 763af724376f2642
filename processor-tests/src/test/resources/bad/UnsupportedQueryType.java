package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import java.util.Map;

@Service("orders")
@Path("/orders")
public interface UnsupportedQueryType {
    @Get
    String list(@QueryParam Map<String, String> filter); // <-- [KilnUnsupportedType]
}
