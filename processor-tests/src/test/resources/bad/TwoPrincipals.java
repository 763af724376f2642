package bad;

import dev.kiln.Authenticated;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;
import dev.kiln.runtime.security.Principal;

@Service("orders")
@Path("/orders")
@Authenticated
public interface TwoPrincipals {
    @Get
    String list(Principal user,
                Principal again); // <-- [KilnPrincipalParameter]
}
