package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;
import dev.kiln.Status;

@Service("orders")
@Path("/orders")
public interface StatusOutOfRange {
    @Get
    @Status(2000) // <-- [KilnInvalidStatus]
    String list();
}
