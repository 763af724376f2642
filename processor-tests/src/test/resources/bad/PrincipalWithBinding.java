package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import dev.kiln.runtime.security.Principal;

@Service("orders")
@Path("/orders")
public interface PrincipalWithBinding {
    @Get
    String list(@QueryParam Principal user); // <-- [KilnPrincipalParameter]
}
