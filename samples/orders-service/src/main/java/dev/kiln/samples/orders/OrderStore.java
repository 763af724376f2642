package dev.kiln.samples.orders;

import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.samples.shop.api.Order;
import dev.kiln.samples.shop.api.OrderStatus;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps orders in the database through {@link OrderRepository}. A {@link Lifecycle} component: Kiln starts it after
 * the database (migrated by then) and before the service that uses it; it numbers new orders after the last one kept.
 */
@Singleton
final class OrderStore implements Lifecycle {
    private static final System.Logger LOG = System.getLogger(OrderStore.class.getName());
    private final OrderRepository orders;
    private final AtomicLong ids = new AtomicLong();

    @Inject
    OrderStore(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public void start() {
        ids.set(orders.lastId().orElse(0L));
        LOG.log(System.Logger.Level.INFO, "Order store ready (database), last order {0}", ids.get());
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    /** Writes the order and its lines: call it in a transaction, so that both are kept or neither. */
    void put(Order order) {
        orders.insert(order.id(), order.customer(), order.total(), order.status(),
                OffsetDateTime.ofInstant(order.createdAt(), ZoneOffset.UTC));
        for (int i = 0; i < order.lines().size(); i++) {
            Order.PricedLine line = order.lines().get(i);
            orders.insertLine(order.id(), i + 1, line.sku(), line.name(), line.quantity(), line.unitPrice());
        }
    }

    Optional<Order> get(long id) {
        return orders.find(id).map(this::order);
    }

    /** Marks the order cancelled with {@code reason}; false when there is no such order. */
    boolean cancel(long id, String reason) {
        return orders.setStatus(id, OrderStatus.CANCELLED, reason) == 1;
    }

    List<Order> list(Optional<String> customer, int limit) {
        // The limit goes to the database; each order's lines are one more query (at most `limit`, which OrderService
        // caps at 100).
        List<OrderRepository.OrderRow> rows = customer.map(c -> orders.byCustomer(c, limit))
                .orElseGet(() -> orders.first(limit));
        return rows.stream().map(this::order).toList();
    }

    private Order order(OrderRepository.OrderRow row) {
        List<Order.PricedLine> lines = orders.lines(row.id()).stream()
                .map(l -> new Order.PricedLine(l.sku(), l.name(), l.quantity(), l.unitPrice()))
                .toList();
        return new Order(row.id(), row.customer(), lines, row.total(), row.status(), row.createdAt().toInstant(),
                row.cancelReason());
    }
}
