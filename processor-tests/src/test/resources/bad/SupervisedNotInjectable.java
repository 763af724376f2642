package bad;

import dev.kiln.Supervised;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthResult;
import dev.kiln.runtime.lifecycle.Lifecycle;

@Supervised // <-- [KilnSupervisedNotInjectable]
final class SupervisedNotInjectable implements Lifecycle, HealthCheck {
    SupervisedNotInjectable() {}

    @Override
    public HealthResult check() {
        return HealthResult.up();
    }
}
