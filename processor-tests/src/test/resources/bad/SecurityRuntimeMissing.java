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

    /** Serves the interface in this compilation, so its router, and the runtime it calls, belong here. */
    final class Served implements SecurityRuntimeMissing {
        @Override
        public String list() {
            return "";
        }
    }
}
