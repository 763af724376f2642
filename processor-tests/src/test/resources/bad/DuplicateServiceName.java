package bad;

import dev.kiln.Get;
import dev.kiln.KilnApplication;
import dev.kiln.Path;
import dev.kiln.Service;
import jakarta.inject.Inject;

@KilnApplication
public final class DuplicateServiceName {

    @Service("orders")
    @Path("/orders")
    interface OrderApi {
        @Get
        String list();
    }

    @Service("orders") // <-- [KilnDuplicateServiceName]
    @Path("/order-history")
    interface OrderHistoryApi {
        @Get
        String history();
    }

    static final class Orders implements OrderApi, OrderHistoryApi {
        @Inject
        Orders() {}

        @Override
        public String list() {
            return "";
        }

        @Override
        public String history() {
            return "";
        }
    }
}
