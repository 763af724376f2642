package data;

import dev.kiln.runtime.lifecycle.Lifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;

/** Removes old orders when the application starts: a component that uses a repository. */
@Singleton
public final class OrderCleaner implements Lifecycle {
    private final OrderRepository orders;

    @Inject
    public OrderCleaner(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public void start() {
        orders.purge(OffsetDateTime.now().minusYears(7));
    }

    @Override
    public void stop() {}
}
