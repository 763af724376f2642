package bad;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import jakarta.validation.constraints.Size;

@Service("orders")
@Path("/orders")
public interface SizeMinAboveMax {
    @Get
    String list(@QueryParam @Size(min = 5, max = 2) String customer); // <-- [KilnInvalidConstraint]
}
