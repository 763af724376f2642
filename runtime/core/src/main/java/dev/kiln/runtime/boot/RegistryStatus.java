package dev.kiln.runtime.boot;

import dev.kiln.runtime.registry.InstanceStatus;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.registry.ServiceRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the application's registry entries in step with its readiness: registered UP when ready, registered
 * again as DOWN when a component recovers or fails (so clients stop sending here at once), UP again on
 * recovery, and removed at close. Driven by lifecycle state changes, never by polling.
 */
final class RegistryStatus {
    private static final System.Logger LOGGER = System.getLogger(RegistryStatus.class.getName());

    private final ServiceRegistry registry;
    private final List<ServiceInstance> instances;
    private InstanceStatus current; // null: not registered
    private boolean closed;

    RegistryStatus(ServiceRegistry registry, List<ServiceInstance> instances) {
        this.registry = registry;
        this.instances = List.copyOf(instances);
    }

    /** The first registration, once the server listens: a registry that refuses it fails the start. */
    synchronized void register(boolean ready) {
        current = ready ? InstanceStatus.UP : InstanceStatus.DOWN;
        for (ServiceInstance instance : instances) {
            registry.register(instance.withStatus(current));
        }
    }

    /** Registers every instance again with the status {@code ready} says, unless it already has it. */
    synchronized void follow(boolean ready) {
        InstanceStatus status = ready ? InstanceStatus.UP : InstanceStatus.DOWN;
        if (closed || current == null || status == current) {
            return;
        }
        current = status;
        for (ServiceInstance instance : instances) {
            try {
                registry.register(instance.withStatus(status));
            } catch (RuntimeException e) {
                // A registry that is away keeps its last view; the registry health check says so.
                LOGGER.log(System.Logger.Level.WARNING, () -> "Registering " + instance.serviceName() + " as " + status
                        + " failed", e);
            }
        }
        if (!instances.isEmpty()) {
            LOGGER.log(System.Logger.Level.INFO, () -> "Registered " + names() + " as " + status);
        }
    }

    /** Removes every instance; later readiness changes register nothing. */
    synchronized void deregister() {
        closed = true;
        for (ServiceInstance instance : instances) {
            try {
                registry.deregister(instance);
            } catch (RuntimeException e) {
                LOGGER.log(System.Logger.Level.WARNING, () -> "Deregistering " + instance.serviceName() + " failed", e);
            }
        }
    }

    private List<String> names() {
        List<String> names = new ArrayList<>(instances.size());
        instances.forEach(instance -> names.add(instance.serviceName()));
        return names;
    }
}
