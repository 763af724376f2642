package bad;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import jakarta.validation.constraints.NotNull;

@Service("orders")
@Path("/orders")
public interface NotNullOnPrimitive {
    @Get
    String list(@QueryParam @NotNull int limit); // <-- [KilnConstraintNotApplicable]
}
