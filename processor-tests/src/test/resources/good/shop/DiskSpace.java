package shop;

import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthKind;
import dev.kiln.runtime.health.HealthResult;
import jakarta.inject.Inject;

/** A health check nothing injects: collected at compile time and bound into the graph's set of checks. */
final class DiskSpace implements HealthCheck {
    @Inject
    DiskSpace() {}

    @Override
    public HealthKind kind() {
        return HealthKind.LIVENESS;
    }

    @Override
    public HealthResult check() {
        return HealthResult.up();
    }
}
