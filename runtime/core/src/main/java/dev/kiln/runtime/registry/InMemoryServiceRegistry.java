package dev.kiln.runtime.registry;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A registry inside one JVM: the embedded default, enough for one process or for tests that start
 * several applications side by side with one shared instance. Watchers are called on the registering
 * thread, after the change.
 *
 * <pre>{@code
 * ServiceRegistry registry = new InMemoryServiceRegistry();
 * KilnHandle catalog = KilnBoot.start(config, CatalogApp.DESCRIPTOR, registry, List.of(), routers);
 * registry.lookup("catalog"); // [ServiceInstance[serviceName=catalog, uri=http://localhost:41234, ...]]
 * }</pre>
 */
public final class InMemoryServiceRegistry implements ServiceRegistry {
    private final Map<String, List<ServiceInstance>> instances = new ConcurrentHashMap<>();
    private final Watchers watchers = new Watchers();

    @Override
    public void register(ServiceInstance instance) {
        Objects.requireNonNull(instance, "instance");
        List<ServiceInstance> list = instances.computeIfAbsent(instance.serviceName(),
                name -> new CopyOnWriteArrayList<>());
        synchronized (list) {
            boolean replaced = false;
            for (int i = 0; i < list.size() && !replaced; i++) {
                if (list.get(i).sameAs(instance)) {
                    list.set(i, instance);
                    replaced = true;
                }
            }
            if (!replaced) {
                list.add(instance);
            }
        }
        watchers.changed(instance.serviceName());
    }

    @Override
    public void deregister(ServiceInstance instance) {
        Objects.requireNonNull(instance, "instance");
        List<ServiceInstance> list = instances.get(instance.serviceName());
        if (list != null) {
            boolean removed;
            synchronized (list) {
                removed = list.removeIf(i -> i.sameAs(instance));
            }
            if (removed) {
                watchers.changed(instance.serviceName());
            }
        }
    }

    @Override
    public Map<String, List<ServiceInstance>> snapshot() {
        Map<String, List<ServiceInstance>> snapshot = new TreeMap<>();
        instances.forEach((name, list) -> {
            if (!list.isEmpty()) {
                snapshot.put(name, List.copyOf(list));
            }
        });
        return Collections.unmodifiableMap(snapshot);
    }

    @Override
    public List<ServiceInstance> lookup(String serviceName) {
        List<ServiceInstance> list = instances.get(serviceName);
        return list == null ? List.of() : List.copyOf(list);
    }

    @Override
    public AutoCloseable watch(String serviceName, Runnable listener) {
        return watchers.add(serviceName, listener);
    }

    @Override
    public String toString() {
        return "InMemoryServiceRegistry" + instances;
    }
}
