package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface MissingHttpMethod {
    @Get
    String list();

    String count(); // <-- [KilnMissingHttpMethod]
}
