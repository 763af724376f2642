package bad;

import dev.kiln.Body;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface BodyIsClass {
    final class NewOrder {
        public String customer;
        public long quantity;
    }

    @Post
    void create(@Body NewOrder order); // <-- [KilnUnsupportedType]
}
