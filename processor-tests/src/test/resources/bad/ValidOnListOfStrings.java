package bad;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import jakarta.validation.Valid;
import java.util.List;

@Service("orders")
@Path("/orders")
public interface ValidOnListOfStrings {
    @Post
    void create(@Body @Valid Tagged tagged);

    record Tagged(
            @Valid List<String> tags) {} // <-- [KilnConstraintNotApplicable]
}
