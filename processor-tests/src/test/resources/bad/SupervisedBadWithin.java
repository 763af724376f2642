package bad;

import dev.kiln.Supervised;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthResult;
import dev.kiln.runtime.lifecycle.Lifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

@Singleton
@Supervised(
        maxRestarts = 5,
        within = "1 minute") // <-- [KilnInvalidSupervision]
final class SupervisedBadWithin implements Lifecycle, HealthCheck {
    @Inject
    SupervisedBadWithin() {}

    @Override
    public HealthResult check() {
        return HealthResult.up();
    }
}
