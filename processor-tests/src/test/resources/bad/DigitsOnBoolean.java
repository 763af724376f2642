package bad;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;

@Service("orders")
@Path("/orders")
public interface DigitsOnBoolean {
    @Post
    void create(@Body @Valid Flags flags);

    record Flags(
            @Digits(integer = 1, fraction = 0) boolean urgent) {} // <-- [KilnConstraintNotApplicable]
}
