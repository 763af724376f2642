package bad;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

@Service("orders")
@Path("/orders")
public interface TwoRulesOnMethod {
    @Get
    @RolesAllowed("admin")
    @PermitAll // <-- [KilnConflictingSecurityRules]
    String list();
}
