package bad;

import dev.kiln.Body;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.Service;
import shop.NewOrder;

@Service("orders")
@Path("/orders")
public interface UnsupportedTypeFromClasspath {
    @Post
    void create(@Body NewOrder order); // <-- [KilnUnsupportedType]
}
