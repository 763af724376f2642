package dev.kiln.runtime.testapp;

import dev.kiln.runtime.http.ProblemError;
import dev.kiln.runtime.http.HttpException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** An in-memory implementation, as a user would write it. */
public final class OrderService implements OrderApi {
    private final Map<Long, Order> orders = new ConcurrentSkipListMap<>();
    private final Map<Long, List<String>> notes = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> attachments = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    public final List<String> cancellations = new CopyOnWriteArrayList<>();
    /** Counted down when a slow request has reached the service: it is in flight. */
    public final java.util.concurrent.CountDownLatch slowStarted = new java.util.concurrent.CountDownLatch(1);

    @Override
    public Optional<Order> find(long id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public Order get(long id) {
        return find(id).orElseThrow(() -> HttpException.notFound("No order " + id));
    }

    @Override
    public List<Order> list(Optional<String> customer, int limit, List<Color> colors) {
        return orders.values().stream()
                .filter(o -> customer.isEmpty() || o.customer().equals(customer.get()))
                .filter(o -> colors.isEmpty() || colors.contains(o.color()))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Order> byCustomer(String name) {
        return list(Optional.of(name), Integer.MAX_VALUE, List.of());
    }

    @Override
    public Order create(NewOrder order) {
        if (order.customer().isBlank()) {
            throw HttpException.badRequest("The order is invalid",
                    ProblemError.pointer("/customer", "must not be blank"));
        }
        long id = ids.incrementAndGet();
        Order created = new Order(id, order.customer(), order.note(), order.lines(), order.color(),
                Instant.parse("2024-01-31T10:15:30Z"));
        orders.put(id, created);
        return created;
    }

    @Override
    public void cancel(long id, Optional<String> reason) {
        if (orders.remove(id) == null) {
            throw HttpException.notFound("No order " + id);
        }
        cancellations.add(id + ":" + reason.orElse("-"));
    }

    @Override
    public String appendNote(long id, String note) {
        get(id);
        List<String> all = notes.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>());
        all.add(note);
        return String.join("\n", all);
    }

    @Override
    public byte[] attachment(long id, byte[] content) {
        get(id);
        byte[] previous = attachments.put(id, content);
        return previous == null ? "none".getBytes(StandardCharsets.UTF_8) : previous;
    }

    @Override
    public String slow(long millis) {
        slowStarted.countDown();
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return "slept " + millis;
    }

    @Override
    public String boom() {
        throw new IllegalStateException("secret internal detail: db password is hunter2");
    }
}
