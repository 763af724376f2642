package shop;

import dev.kiln.runtime.lifecycle.Lifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Singleton
final class OrderService implements OrderApi, Lifecycle {
    private final CatalogApi catalog;
    private final StockLedger ledger;

    @Inject
    OrderService(CatalogApi catalog, StockLedger ledger) {
        this.catalog = catalog;
        this.ledger = ledger;
    }

    @Override
    public Order get(long id) {
        return new Order(id, "ada", Optional.empty(), List.of(), OrderStatus.OPEN, Instant.ofEpochMilli(ledger.now()));
    }

    @Override
    public List<Order> list(Optional<String> customer, int limit, List<String> tags) {
        return List.of();
    }

    @Override
    public Order create(NewOrder order) {
        order.lines().forEach(line -> catalog.find(line.sku()).orElseThrow());
        return new Order(1, order.customer(), order.note(), order.lines(), OrderStatus.OPEN, Instant.EPOCH);
    }

    @Override
    public void cancel(long id, Optional<String> reason) {}

    @Override
    public String receipt(long id) {
        return "Order " + id;
    }

    @Override
    public OrderStatus changeStatus(long orderId, OrderStatus status) {
        return status;
    }
}
