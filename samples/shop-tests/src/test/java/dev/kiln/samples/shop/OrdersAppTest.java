package dev.kiln.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.http.ServiceUnavailableException;
import dev.kiln.samples.orders.OrdersApp;
import dev.kiln.samples.shop.api.NewOrder;
import dev.kiln.samples.shop.api.OrderApi;
import dev.kiln.test.KilnTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Orders alone under {@code @KilnTest}, on the embedded defaults: H2 with its migrations, the in-memory registry and
 * transport. The catalog it calls is not running, so placing an order is refused as the catalog being unavailable.
 */
@KilnTest(OrdersApp.class)
class OrdersAppTest {

    @Test
    void startsOnItsEmbeddedDatabase(OrderApi orders, KilnHandle app) {
        assertTrue(app.isReady(), app.components().toString());
        assertEquals(Optional.empty(), orders.get(987_654L));
        assertEquals(List.of(), orders.list(Optional.of("nobody"), 20));
    }

    @Test
    void withoutTheCatalogAnOrderIsRefusedAsUnavailable(OrderApi orders) {
        ServiceUnavailableException refused = assertThrows(ServiceUnavailableException.class,
                () -> orders.create(new NewOrder("ada", List.of(new NewOrder.OrderLine("GD-104", 1)))));
        assertTrue(refused.problem().detail().contains("catalog"), refused.problem().detail());
    }
}
