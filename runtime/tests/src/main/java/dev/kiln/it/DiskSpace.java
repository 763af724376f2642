package dev.kiln.it;

import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthKind;
import dev.kiln.runtime.health.HealthResult;
import jakarta.inject.Inject;

/** A liveness check nothing injects: collected at compile time, answered on /health/live. */
public final class DiskSpace implements HealthCheck {
    @Inject
    DiskSpace() {}

    @Override
    public HealthKind kind() {
        return HealthKind.LIVENESS;
    }

    @Override
    public HealthResult check() {
        return HealthResult.up().withData("free", "plenty");
    }
}
