package bad;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

@Service("orders")
@Path("/orders")
public interface NotBlankOnList {
    @Get
    String list(@QueryParam @NotBlank List<String> tag); // <-- [KilnConstraintNotApplicable]
}
