package bad;

import dev.kiln.Get;
import dev.kiln.KilnApplication;
import dev.kiln.Path;
import dev.kiln.Service;

@KilnApplication
public final class NoInjectConstructor {

    @Service("orders")
    @Path("/orders")
    interface OrderApi {
        @Get
        String list();
    }

    static final class OrderService implements OrderApi { // <-- [KilnNoInjectConstructor]
        OrderService() {}

        @Override
        public String list() {
            return "";
        }
    }
}
