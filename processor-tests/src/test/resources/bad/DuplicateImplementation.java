package bad;

import dev.kiln.Get;
import dev.kiln.KilnApplication;
import dev.kiln.Path;
import dev.kiln.Service;
import jakarta.inject.Inject;

@KilnApplication
public final class DuplicateImplementation {

    @Service("orders")
    @Path("/orders")
    interface OrderApi {
        @Get
        String list();
    }

    static final class OrderService implements OrderApi {
        @Inject
        OrderService() {}

        @Override
        public String list() {
            return "";
        }
    }

    static final class StubOrderService implements OrderApi { // <-- [KilnDuplicateImplementation]
        @Inject
        StubOrderService() {}

        @Override
        public String list() {
            return "stub";
        }
    }
}
