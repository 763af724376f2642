package bad;

import dev.kiln.Supervised;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthResult;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

@Singleton
@Supervised // <-- [KilnSupervisedNotLifecycle]
final class SupervisedNotLifecycle implements HealthCheck {
    @Inject
    SupervisedNotLifecycle() {}

    @Override
    public HealthResult check() {
        return HealthResult.up();
    }
}
