package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;

@Service("Order_History") // <-- [KilnInvalidServiceName]
@Path("/orders")
public interface InvalidServiceName {
    @Get
    String list();
}
