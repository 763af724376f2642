package bad;

import dev.kiln.Get;
import dev.kiln.KilnApplication;
import dev.kiln.Path;
import dev.kiln.Service;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

@KilnApplication(requireSecurityRules = true)
public final class SecurityRuleMissing {

    @Service("orders")
    @Path("/orders")
    public interface OrderApi {
        @Get
        @PermitAll
        String list();

        @Get("/{id}")
        String get(@dev.kiln.PathParam long id); // <-- [KilnSecurityRuleMissing]
    }

    static final class OrderService implements OrderApi {
        @Inject
        OrderService() {}

        @Override
        public String list() {
            return "";
        }

        @Override
        public String get(long id) {
            return "";
        }
    }
}
