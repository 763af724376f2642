package dev.kiln.bench.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The "business logic" both servers run, shared so that the HTTP comparison measures only what differs:
 * binding, JSON and routing. Each method is cheap on purpose.
 *
 * <pre>{@code
 * OrderSummary summary = BenchWork.summarize(order);
 * }</pre>
 */
public final class BenchWork {
    private static final Greeting GREETING = new Greeting("Hello from the Kiln benchmark", "bench", 1);
    private static final List<String> TAGS = List.of("bench", "sample");

    private BenchWork() {}

    /** The answer to {@code GET /hello}. */
    public static Greeting hello() {
        return GREETING;
    }

    /** The answer to {@code GET /items/{id}?q=…&limit=…}. */
    public static Item item(long id, String query, int limit) {
        return new Item(id, "item-" + id, query, limit, BigDecimal.valueOf(id % 100_000, 2), TAGS);
    }

    /** The answer to {@code POST /orders}: line count, quantities and total of the order. */
    public static OrderSummary summarize(BenchOrder order) {
        int quantity = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (OrderLine line : order.lines()) {
            quantity += line.quantity();
            total = total.add(line.price().multiply(BigDecimal.valueOf(line.quantity())));
        }
        return new OrderSummary(order.customer(), order.lines().size(), quantity, total, order.priority(),
                order.placedAt(), order.note());
    }
}
