package dev.kiln.bench.kiln;

import dev.kiln.bench.model.BenchOrder;
import dev.kiln.bench.model.BenchWork;
import dev.kiln.bench.model.Greeting;
import dev.kiln.bench.model.Item;
import dev.kiln.bench.model.OrderSummary;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Delegates to {@link BenchWork}, exactly as the hand-written baseline does. */
@Singleton
final class BenchService implements BenchApi {
    @Inject
    BenchService() {}

    @Override
    public Greeting hello() {
        return BenchWork.hello();
    }

    @Override
    public Item item(long id, String q, int limit) {
        return BenchWork.item(id, q, limit);
    }

    @Override
    public OrderSummary order(BenchOrder order) {
        return BenchWork.summarize(order);
    }

    @Override
    public OrderSummary secureOrder(BenchOrder order) {
        return BenchWork.summarize(order);
    }
}
