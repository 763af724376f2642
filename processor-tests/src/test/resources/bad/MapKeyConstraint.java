package bad;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;

@Service("orders")
@Path("/orders")
public interface MapKeyConstraint {
    @Post
    void create(@Body @Valid Counts counts);

    record Counts(
            Map<@NotBlank String, Integer> byName) {} // <-- [KilnConstraintNotSupported]
}
