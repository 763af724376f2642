package bad;

import dev.kiln.Get;
import dev.kiln.KilnApplication;
import dev.kiln.Path;
import dev.kiln.Service;
import jakarta.inject.Inject;
import shop.CatalogApi;

@KilnApplication
public final class ClientServiceNotGenerated {

    @Service("orders")
    @Path("/orders")
    interface OrderApi {
        @Get
        String list();
    }

    static final class OrderService implements OrderApi {
        private final CatalogApi catalog;

        @Inject
        OrderService(CatalogApi catalog) { // <-- [KilnServiceNotGenerated]
            this.catalog = catalog;
        }

        @Override
        public String list() {
            return catalog.list();
        }
    }
}
