package dev.kiln.runtime.registry;

import dev.kiln.runtime.health.HealthResult;
import java.util.List;
import java.util.Map;

/**
 * Where running services announce themselves and where clients find them. {@code KilnBoot} registers every
 * served service once the server listens (status following readiness) and deregisters it first thing on
 * close. Chosen by {@code kiln.registry.type}: {@code memory} (default, one process), {@code static}
 * ({@code kiln.registry.static.<service>} lists URIs) or {@code redis} (with {@code kiln-runtime-registry-redis}
 * on the class path; {@code kiln.registry.redis.uri}).
 *
 * <pre>{@code
 * List<ServiceInstance> catalogs = registry.lookup("catalog");
 * URI uri = catalogs.getFirst().uri();
 * }</pre>
 */
public interface ServiceRegistry extends AutoCloseable {

    /**
     * Announces an instance, or replaces the entry of the same instance ({@link ServiceInstance#sameAs}): a
     * status change is a new registration. Registries with a lifetime keep it alive with heartbeats until
     * {@link #deregister}.
     */
    void register(ServiceInstance instance);

    /** Removes an instance; unknown instances are ignored. */
    void deregister(ServiceInstance instance);

    /** The instances known under {@code serviceName}, UP and DOWN, oldest first; empty when none. */
    List<ServiceInstance> lookup(String serviceName);

    /** Every service this registry knows of, by name (sorted), with its instances as {@link #lookup} lists them. */
    Map<String, List<ServiceInstance>> snapshot();

    /**
     * Calls {@code listener} whenever the instances of {@code serviceName} may have changed, so that a client's
     * view updates at once; closing the returned handle stops it. Registries that do not push changes never call it.
     */
    default AutoCloseable watch(String serviceName, Runnable listener) {
        return () -> {};
    }

    /** Whether the registry's backing store is reachable; UP for in-process registries. */
    default HealthResult health() {
        return HealthResult.up();
    }

    /** Stops heartbeats and closes connections; entries still registered expire on their own. */
    @Override
    default void close() {}
}
