package bad;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface BodyOnGet {
    @Get
    String search(@Body String query); // <-- [KilnBodyNotAllowed]
}
