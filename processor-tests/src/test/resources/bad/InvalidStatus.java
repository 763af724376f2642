package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;
import dev.kiln.Status;

@Service("orders")
@Path("/orders")
public interface InvalidStatus {
    @Get
    @Status(404) // <-- [KilnInvalidStatus]
    String list();
}
