package bad;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

@Service("orders")
@Path("/orders")
public interface SizeOnInt {
    @Post
    void create(@Body @Valid NewOrder order);

    /** The record is reached twice: its mistake is still reported once. */
    @Post("/preview")
    NewOrder preview(@Body @Valid NewOrder order);

    record NewOrder(String customer,
                    @Size(max = 10) int quantity) {} // <-- [KilnConstraintNotApplicable]
}
