package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface MultipleHttpMethods {
    @Get
    @Post // <-- [KilnMultipleHttpMethods]
    String list();
}
