package bad;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import jakarta.validation.Valid;

@Service("orders")
@Path("/orders")
public interface ValidOnScalar {
    @Post
    void create(@Body @Valid String note); // <-- [KilnConstraintNotApplicable]
}
