package dev.kiln.runtime.boot;

import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthResult;
import dev.kiln.runtime.registry.ServiceRegistry;

/** Readiness {@code registry}: whether the registry's backing store answers ({@link ServiceRegistry#health()}). */
final class RegistryHealthCheck implements HealthCheck {
    private final ServiceRegistry registry;

    RegistryHealthCheck(ServiceRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "registry";
    }

    @Override
    public HealthResult check() {
        return registry.health();
    }
}
