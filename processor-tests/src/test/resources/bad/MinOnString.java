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
public interface MinOnString {
    @Get
    String list(@QueryParam @Min(1) String limit); // <-- [KilnConstraintNotApplicable]
}
