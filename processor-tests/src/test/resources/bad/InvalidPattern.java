package bad;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

@Service("orders")
@Path("/orders")
public interface InvalidPattern {
    @Post
    void create(@Body @Valid Product product);

    record Product(
            @Pattern(regexp = "[A-Z") String code) {} // <-- [KilnInvalidConstraint]
}
