package bad;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.List;

@Service("orders")
@Path("/orders")
public interface ElementConstraintNotApplicable {
    @Post
    void create(@Body @Valid Tagged tagged);

    record Tagged(
            List<@Min(1) String> tags) {} // <-- [KilnConstraintNotApplicable]
}
