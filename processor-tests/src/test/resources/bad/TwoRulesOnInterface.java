package bad;

import dev.kiln.Authenticated;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.RequiresScopes;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
@Authenticated
@RequiresScopes("orders:read") // <-- [KilnConflictingSecurityRules]
public interface TwoRulesOnInterface {
    @Get
    String list();
}
