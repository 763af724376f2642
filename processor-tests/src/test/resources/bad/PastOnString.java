package bad;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import jakarta.validation.constraints.Past;

@Service("orders")
@Path("/orders")
public interface PastOnString {
    @Get
    String list(@Header("X-Since") @Past String since); // <-- [KilnConstraintNotApplicable]
}
