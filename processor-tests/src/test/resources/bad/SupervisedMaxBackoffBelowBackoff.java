package bad;

import dev.kiln.Supervised;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthResult;
import dev.kiln.runtime.lifecycle.Lifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

@Singleton
@Supervised(
        backoff = "5s",
        maxBackoff = "1s") // <-- [KilnInvalidSupervision]
final class SupervisedMaxBackoffBelowBackoff implements Lifecycle, HealthCheck {
    @Inject
    SupervisedMaxBackoffBelowBackoff() {}

    @Override
    public HealthResult check() {
        return HealthResult.up();
    }
}
