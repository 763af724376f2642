package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;
import jakarta.annotation.security.RolesAllowed;

@Service("orders")
@Path("/orders")
public interface SecurityRuntimeMissing {
    @Get
    @RolesAllowed("admin") // <-- [KilnSecurityRuntimeMissing]
    String list();
}
