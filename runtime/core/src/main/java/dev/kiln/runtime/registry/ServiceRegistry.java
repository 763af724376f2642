package dev.kiln.runtime.registry;

import java.util.List;

/**
 * Where running services announce themselves and where clients find them. {@code KilnBoot} registers
 * every served service after the server has started and deregisters it on close.
 *
 * <pre>{@code
 * List<ServiceInstance> catalogs = registry.lookup("catalog");
 * URI uri = catalogs.getFirst().uri();
 * }</pre>
 */
public interface ServiceRegistry {

    /** Announces an instance; registering the same instance twice keeps one entry. */
    void register(ServiceInstance instance);

    /** Removes an instance; unknown instances are ignored. */
    void deregister(ServiceInstance instance);

    /** The instances registered under {@code serviceName}, oldest first; empty when none. */
    List<ServiceInstance> lookup(String serviceName);
}
