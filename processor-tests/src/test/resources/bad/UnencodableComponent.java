package bad;

import dev.kiln.Body;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.Service;
import java.util.List;

@Service("orders")
@Path("/orders")
public interface UnencodableComponent {
    @Post
    void create(@Body NewOrder order);

    @Post("/preview")
    NewOrder preview(@Body NewOrder order);

    record NewOrder(String customer, List<Line> lines) {}

    record Line(String sku,
                Object extra) {} // <-- [KilnUnencodableComponent]
}
