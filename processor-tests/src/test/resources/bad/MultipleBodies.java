package bad;

import dev.kiln.Body;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface MultipleBodies {
    @Post
    String create(@Body String order,
                  @Body String note); // <-- [KilnMultipleBodies]
}
