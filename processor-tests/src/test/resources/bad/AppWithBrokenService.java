package bad;

import dev.kiln.Get;
import dev.kiln.KilnApplication;
import dev.kiln.Path;
import dev.kiln.Service;
import jakarta.inject.Inject;

/** The service's mistake is the only error: no application is generated over a broken service. */
@KilnApplication
public final class AppWithBrokenService {

    @Service("orders")
    @Path("/orders")
    interface OrderApi {
        @Get
        String list();

        String count(); // <-- [KilnMissingHttpMethod]
    }

    static final class OrderService implements OrderApi {
        @Inject
        OrderService() {}

        @Override
        public String list() {
            return "";
        }

        @Override
        public String count() {
            return "0";
        }
    }
}
