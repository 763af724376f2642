package dev.kiln.runtime.registry;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The listeners of {@link ServiceRegistry#watch}, by service: what every registry implementation needs to
 * tell clients at once that a service's instances changed. A listener that throws is logged and kept.
 *
 * <pre>{@code
 * private final Watchers watchers = new Watchers();
 * public AutoCloseable watch(String service, Runnable listener) { return watchers.add(service, listener); }
 * // after a change: watchers.changed("catalog");
 * }</pre>
 */
public final class Watchers {
    private static final System.Logger LOGGER = System.getLogger(Watchers.class.getName());

    private final Map<String, List<Runnable>> byService = new ConcurrentHashMap<>();

    /** Adds {@code listener} for {@code serviceName}; closing the handle removes it. */
    public AutoCloseable add(String serviceName, Runnable listener) {
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(listener, "listener");
        List<Runnable> listeners = byService.computeIfAbsent(serviceName, name -> new CopyOnWriteArrayList<>());
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Calls every listener of {@code serviceName}, on this thread. */
    public void changed(String serviceName) {
        List<Runnable> listeners = byService.get(serviceName);
        if (listeners == null) {
            return;
        }
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOGGER.log(System.Logger.Level.WARNING, "A registry watcher of service '" + serviceName + "' failed", e);
            }
        }
    }

    /** Whether anyone watches {@code serviceName}. */
    public boolean watched(String serviceName) {
        List<Runnable> listeners = byService.get(serviceName);
        return listeners != null && !listeners.isEmpty();
    }
}
