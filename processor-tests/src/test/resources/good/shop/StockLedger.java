package shop;

import dev.kiln.runtime.lifecycle.Lifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;

/** A lifecycle component OrderService depends on: it starts first although its name sorts last. */
@Singleton
final class StockLedger implements Lifecycle {
    private final Clock clock;

    @Inject
    StockLedger(Clock clock) {
        this.clock = clock;
    }

    long now() {
        return clock.millis();
    }
}
