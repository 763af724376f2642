package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Service;
import java.util.Optional;

@Service("orders")
@Path("/orders")
public interface UnsupportedPathType {
    @Get("/{id}")
    String get(@PathParam Optional<Long> id); // <-- [KilnUnsupportedType]
}
