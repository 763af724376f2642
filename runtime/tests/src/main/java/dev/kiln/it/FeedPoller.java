package dev.kiln.it;

import dev.kiln.Supervised;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthResult;
import dev.kiln.runtime.lifecycle.Lifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * A supervised component nothing injects: the processor finds it because it is a Lifecycle and a HealthCheck.
 * Its check reports what {@link #healthy} says, so that tests can make it fail.
 */
@Singleton
@Supervised(maxRestarts = 2, within = "1m", backoff = "10ms", maxBackoff = "20ms")
public final class FeedPoller implements Lifecycle, HealthCheck {
    /** What the check answers; tests turn it off to have the supervisor restart the poller. */
    public static volatile boolean healthy = true;

    @Inject
    FeedPoller() {}

    @Override
    public void start() {
        ComponentTrail.record("FeedPoller.start");
    }

    @Override
    public void stop() {
        ComponentTrail.record("FeedPoller.stop");
    }

    @Override
    public HealthResult check() {
        return healthy ? HealthResult.up() : HealthResult.down("feed stalled");
    }
}
