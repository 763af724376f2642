package dev.kiln.runtime.registry.redis;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.registry.ServiceRegistryProvider;

/** Offers {@code kiln.registry.type=redis} to {@link dev.kiln.runtime.registry.ServiceRegistries} (Kiln's own wiring). */
public final class RedisRegistryProvider implements ServiceRegistryProvider {
    @Override
    public String type() {
        return "redis";
    }

    @Override
    public ServiceRegistry create(KilnConfig config) {
        return RedisServiceRegistry.create(config);
    }
}
