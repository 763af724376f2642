package dev.kiln.samples.orders;

import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.samples.shop.api.Order;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/** Keeps orders in memory. A {@link Lifecycle} component: Kiln starts it before the service that uses it. */
@Singleton
final class OrderStore implements Lifecycle {
    private static final System.Logger LOG = System.getLogger(OrderStore.class.getName());
    private final Map<Long, Order> orders = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Inject
    OrderStore() {}

    @Override
    public void start() {
        LOG.log(System.Logger.Level.INFO, "Order store ready (in memory)");
    }

    @Override
    public void stop() {
        LOG.log(System.Logger.Level.INFO, "Order store closed with {0} orders", orders.size());
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    void put(Order order) {
        orders.put(order.id(), order);
    }

    Optional<Order> get(long id) {
        return Optional.ofNullable(orders.get(id));
    }

    Optional<Order> update(long id, UnaryOperator<Order> change) {
        return Optional.ofNullable(orders.computeIfPresent(id, (key, order) -> change.apply(order)));
    }

    List<Order> list(Optional<String> customer, int limit) {
        return orders.values().stream()
                .filter(o -> customer.map(c -> c.equals(o.customer())).orElse(true))
                .sorted(Comparator.comparingLong(Order::id))
                .limit(limit)
                .toList();
    }
}
