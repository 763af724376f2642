package bad;

import dev.kiln.Supervised;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthResult;
import dev.kiln.runtime.lifecycle.Lifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

@Singleton
@Supervised(
        maxRestarts = 0, // <-- [KilnInvalidSupervision]
        within = "1m")
final class SupervisedZeroRestarts implements Lifecycle, HealthCheck {
    @Inject
    SupervisedZeroRestarts() {}

    @Override
    public HealthResult check() {
        return HealthResult.up();
    }
}
