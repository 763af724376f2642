package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;
import dev.kiln.Status;

@Service("orders")
@Path("/orders")
public interface NoContentWithResult {
    @Get
    @Status(204) // <-- [KilnInvalidStatus]
    String list();
}
