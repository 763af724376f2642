package bad;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import jakarta.validation.constraints.Min;

@Service("orders")
@Path("/orders")
public interface ConstraintGroups {
    interface Strict {}

    @Get
    String list(@QueryParam @Min(value = 1, groups = Strict.class) int limit); // <-- [KilnConstraintNotSupported]
}
