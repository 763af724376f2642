package dev.kiln.runtime.registry.redis;

import dev.kiln.runtime.registry.InstanceStatus;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.registry.Watchers;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What this instance knows of the registry: an immutable map of immutable lists, replaced whole, so that a
 * lookup is a map read with no Redis round trip and no copy. Watchers of a service are told when its
 * instances, addresses or statuses change (a heartbeat alone is no change).
 */
final class RegistryView {
    private static final Comparator<ServiceInstance> OLDEST_FIRST =
            Comparator.comparing(ServiceInstance::startedAt).thenComparing(ServiceInstance::id);

    private final Watchers watchers = new Watchers();
    private volatile Map<String, List<ServiceInstance>> services = Map.of();

    List<ServiceInstance> lookup(String service) {
        List<ServiceInstance> list = services.get(service);
        return list == null ? List.of() : list;
    }

    Map<String, List<ServiceInstance>> snapshot() {
        return services;
    }

    AutoCloseable watch(String service, Runnable listener) {
        return watchers.add(service, listener);
    }

    /**
     * Everything, as just read from Redis. With {@code keepMissing}, instances of the current view that Redis
     * does not have are kept (just after an outage, while instances write their entries again).
     */
    void replaceAll(Collection<ServiceInstance> read, boolean keepMissing) {
        Map<String, List<ServiceInstance>> next = new HashMap<>();
        for (ServiceInstance instance : read) {
            next.computeIfAbsent(instance.serviceName(), name -> new ArrayList<>()).add(instance);
        }
        update(previous -> {
            if (keepMissing) {
                previous.forEach((service, list) -> keepMissing(next.computeIfAbsent(service, n -> new ArrayList<>()), list));
            }
            return next;
        }, null);
    }

    /** One service, as just read from Redis; {@code keepMissing} as for {@link #replaceAll}. */
    void replaceService(String service, Collection<ServiceInstance> read, boolean keepMissing) {
        List<ServiceInstance> list = new ArrayList<>();
        for (ServiceInstance instance : read) {
            if (instance.serviceName().equals(service)) {
                list.add(instance);
            }
        }
        update(previous -> {
            if (keepMissing) {
                keepMissing(list, previous.getOrDefault(service, List.of()));
            }
            return Map.of(service, list);
        }, service);
    }

    private static void keepMissing(List<ServiceInstance> read, List<ServiceInstance> known) {
        for (ServiceInstance instance : known) {
            if (read.stream().noneMatch(instance::sameAs)) {
                read.add(instance);
            }
        }
    }

    /** This instance's own change, shown at once, before Redis has it. */
    void put(ServiceInstance instance) {
        update(previous -> {
            List<ServiceInstance> list = new ArrayList<>(previous.getOrDefault(instance.serviceName(), List.of()));
            list.removeIf(i -> i.sameAs(instance));
            list.add(instance);
            return Map.of(instance.serviceName(), list);
        }, instance.serviceName());
    }

    void remove(ServiceInstance instance) {
        update(previous -> {
            List<ServiceInstance> list = new ArrayList<>(previous.getOrDefault(instance.serviceName(), List.of()));
            list.removeIf(i -> i.sameAs(instance));
            return Map.of(instance.serviceName(), list);
        }, instance.serviceName());
    }

    /**
     * Replaces the services {@code changes} returns from the current map (every service when {@code only} is
     * null), then tells their watchers, outside the lock. Read and write happen under one lock, so that a
     * registration on a caller's thread and a re-read on the registry thread do not lose each other's change.
     */
    private void update(Function<Map<String, List<ServiceInstance>>, Map<String, List<ServiceInstance>>> changes,
                        String only) {
        List<String> touched = new ArrayList<>();
        synchronized (this) {
            Map<String, List<ServiceInstance>> previous = services;
            Map<String, List<ServiceInstance>> changed = changes.apply(previous);
            Map<String, List<ServiceInstance>> next = new TreeMap<>(only == null ? Map.of() : previous);
            changed.forEach((service, list) -> {
                if (!list.isEmpty()) {
                    List<ServiceInstance> sorted = new ArrayList<>(list);
                    sorted.sort(OLDEST_FIRST);
                    next.put(service, List.copyOf(sorted));
                } else {
                    next.remove(service);
                }
            });
            for (String service : union(previous.keySet(), next.keySet())) {
                if (!sameMembers(previous.getOrDefault(service, List.of()), next.getOrDefault(service, List.of()))) {
                    touched.add(service);
                }
            }
            services = Collections.unmodifiableMap(next);
        }
        for (String service : touched) {
            watchers.changed(service);
        }
    }

    private static List<String> union(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        for (String name : b) {
            if (!a.contains(name)) {
                all.add(name);
            }
        }
        return all;
    }

    private record Member(String id, URI uri, InstanceStatus status) {}

    private static boolean sameMembers(List<ServiceInstance> a, List<ServiceInstance> b) {
        if (a.size() != b.size()) {
            return false;
        }
        List<Member> left = new ArrayList<>(a.size());
        for (ServiceInstance i : a) {
            left.add(new Member(i.id(), i.uri(), i.status()));
        }
        for (ServiceInstance i : b) {
            if (!left.remove(new Member(i.id(), i.uri(), i.status()))) {
                return false;
            }
        }
        return left.isEmpty();
    }
}
