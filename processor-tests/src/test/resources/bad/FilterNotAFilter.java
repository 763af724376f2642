package bad;

import dev.kiln.Filters;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface FilterNotAFilter {
    @Get
    @Filters(String.class) // <-- [KilnNotAFilter]
    String list();
}
