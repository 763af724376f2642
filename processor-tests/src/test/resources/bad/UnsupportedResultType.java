package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;
import java.util.Map;

@Service("orders")
@Path("/orders")
public interface UnsupportedResultType {
    @Get
    Map<Integer, String> counts(); // <-- [KilnUnsupportedType]
}
