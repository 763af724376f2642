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
public interface SizeNegative {
    @Post
    void create(@Body @Valid Named named);

    record Named(
            @Size(min = -1) String name) {} // <-- [KilnInvalidConstraint]
}
