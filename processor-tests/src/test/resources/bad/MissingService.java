package bad;

import dev.kiln.Get;
import dev.kiln.Path;

@Path("/orders") // <-- [KilnMissingService]
public interface MissingService {
    @Get
    String list();
}
