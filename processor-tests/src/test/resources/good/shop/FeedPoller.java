package shop;

import dev.kiln.Supervised;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthResult;
import dev.kiln.runtime.lifecycle.Lifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * A supervised component nothing injects: it belongs to the graph because it is a Lifecycle, and it depends on
 * the ledger, so it starts after it and is restarted with it.
 */
@Singleton
@Supervised(maxRestarts = 3, within = "30s", backoff = "100ms", maxBackoff = "2s")
final class FeedPoller implements Lifecycle, HealthCheck {
    private final StockLedger ledger;
    private volatile boolean running;

    @Inject
    FeedPoller(StockLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void start() {
        running = ledger.now() >= 0;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public HealthResult check() {
        return running ? HealthResult.up() : HealthResult.down("feed stalled");
    }
}
