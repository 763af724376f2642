package dev.kiln.runtime.boot;

import dev.kiln.runtime.lifecycle.ComponentStatus;
import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.runtime.lifecycle.LifecycleComponent;
import dev.kiln.runtime.lifecycle.LifecycleState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The application's components in start (dependency) order, their states and the application's. Starts them
 * in order, each bounded by {@code kiln.lifecycle.start-timeout}, and stops the started ones in reverse, also
 * when a start fails half way. Whoever changes a state calls {@link #changed()}, which tells the listeners
 * (the registry status follows readiness through one).
 */
final class Components {
    private static final System.Logger LOGGER = System.getLogger(Components.class.getName());

    private final List<ComponentSlot> slots;
    private final Map<ComponentSlot, List<ComponentSlot>> dependents;
    private final Duration startTimeout;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    // STARTING until start-up finished, RUNNING while serving (then the components decide), STOPPING, STOPPED.
    private volatile LifecycleState phase = LifecycleState.NEW;
    private volatile boolean startupFinished;

    private Components(List<ComponentSlot> slots, Map<ComponentSlot, List<ComponentSlot>> dependents,
                       Duration startTimeout) {
        this.slots = slots;
        this.dependents = dependents;
        this.startTimeout = startTimeout;
    }

    /** {@code components} come dependencies first; each {@code dependsOn} must name an earlier one. */
    static Components of(List<LifecycleComponent> components, Duration startTimeout) {
        List<ComponentSlot> slots = new ArrayList<>(components.size());
        Map<String, ComponentSlot> byName = new HashMap<>();
        for (LifecycleComponent component : components) {
            for (String dependency : component.dependsOn()) {
                if (!byName.containsKey(dependency)) {
                    throw new IllegalArgumentException("Component '" + component.name() + "' depends on '" + dependency
                            + "', which is not a component listed before it; components come dependencies first");
                }
            }
            ComponentSlot slot = new ComponentSlot(component, slots.size());
            if (byName.putIfAbsent(component.name(), slot) != null) {
                throw new IllegalArgumentException("Two components are named '" + component.name() + "'");
            }
            slots.add(slot);
        }
        // rest_for_one needs, for each component, everything that depends on it directly or not, in start order.
        Map<ComponentSlot, List<ComponentSlot>> dependents = new HashMap<>();
        for (ComponentSlot slot : slots) {
            Set<String> reached = new HashSet<>(Set.of(slot.name()));
            List<ComponentSlot> after = new ArrayList<>();
            for (ComponentSlot later : slots.subList(slot.index() + 1, slots.size())) {
                if (later.component().dependsOn().stream().anyMatch(reached::contains)) {
                    reached.add(later.name());
                    after.add(later);
                }
            }
            dependents.put(slot, List.copyOf(after));
        }
        return new Components(List.copyOf(slots), dependents, startTimeout);
    }

    /**
     * The components of {@code .lifecycle(list)}: each depends on every one before it, none supervised, named by
     * its class's simple name (the class name for anonymous classes; {@code #2}, {@code #3} for repeats).
     */
    static List<LifecycleComponent> chain(List<? extends Lifecycle> lifecycle) {
        List<LifecycleComponent> components = new ArrayList<>(lifecycle.size());
        List<String> before = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Lifecycle instance : lifecycle) {
            String simple = instance.getClass().getSimpleName();
            String base = simple.isEmpty() ? instance.getClass().getName() : simple;
            int count = seen.merge(base, 1, Integer::sum);
            String name = count == 1 ? base : base + "#" + count;
            components.add(LifecycleComponent.of(name, instance, before));
            before = new ArrayList<>(before);
            before.add(name);
        }
        return components;
    }

    List<ComponentSlot> slots() {
        return slots;
    }

    /** {@code slot} and every component depending on it, directly or not, in start order. */
    List<ComponentSlot> group(ComponentSlot slot) {
        List<ComponentSlot> group = new ArrayList<>();
        group.add(slot);
        group.addAll(dependents.get(slot));
        return group;
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Tells the listeners that some state may have changed. */
    void changed() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOGGER.log(System.Logger.Level.WARNING, "A lifecycle state listener failed", e);
            }
        }
    }

    /**
     * The application's state: STARTING, STOPPING and STOPPED while it starts and stops; while it runs, FAILED
     * when a component has failed, RECOVERING while one is being restarted (stopped, waiting or starting), else
     * RUNNING.
     */
    LifecycleState state() {
        LifecycleState current = phase;
        if (current != LifecycleState.RUNNING) {
            return current;
        }
        // While running, a component in any state but RUNNING is on its way through a restart.
        boolean recovering = false;
        for (ComponentSlot slot : slots) {
            LifecycleState state = slot.state();
            if (state == LifecycleState.FAILED) {
                return LifecycleState.FAILED;
            }
            recovering |= state != LifecycleState.RUNNING;
        }
        return recovering ? LifecycleState.RECOVERING : LifecycleState.RUNNING;
    }

    /** Ready to take traffic: running, with no component recovering or failed. */
    boolean isReady() {
        return state() == LifecycleState.RUNNING;
    }

    boolean startupFinished() {
        return startupFinished;
    }

    void phase(LifecycleState phase) {
        this.phase = phase;
        if (phase == LifecycleState.RUNNING) {
            startupFinished = true;
        }
        changed();
    }

    List<ComponentStatus> statuses() {
        return slots.stream().map(ComponentSlot::status).toList();
    }

    /** Starts every component in order; if one fails, stops the started ones in reverse and rethrows. */
    void startAll() {
        phase(LifecycleState.STARTING);
        for (ComponentSlot slot : slots) {
            try {
                start(slot);
            } catch (RuntimeException | Error e) {
                slot.failed(String.valueOf(e.getMessage()));
                LOGGER.log(System.Logger.Level.ERROR, () -> "Starting component '" + slot.name() + "' failed; stopping the "
                        + slot.index() + " component(s) already started", e);
                stop(slots, e);
                phase(LifecycleState.FAILED);
                throw e;
            }
        }
    }

    /** Starts one component: STARTING, then RUNNING; on failure the caller decides its state. */
    void start(ComponentSlot slot) {
        slot.state(LifecycleState.STARTING);
        changed();
        ComponentStarter.start(slot, startTimeout);
        slot.started(true);
        slot.state(LifecycleState.RUNNING);
        changed();
    }

    /** Stops every started component in reverse order at close; one waiting for a restart is STOPPED too. */
    void stopAll(Throwable cause) {
        stop(slots, cause);
        for (ComponentSlot slot : slots) {
            if (slot.state() == LifecycleState.RECOVERING) {
                slot.nextAttempt(null);
                slot.state(LifecycleState.STOPPED);
            }
        }
        changed();
    }

    /**
     * Stops the started components of {@code group} in reverse order, keeping their states (a restart keeps
     * them RECOVERING). Failures are logged and, when {@code cause} is given, attached to it as suppressed;
     * they never keep the others from stopping.
     */
    void stopForRestart(List<ComponentSlot> group, Throwable cause) {
        for (int i = group.size() - 1; i >= 0; i--) {
            stopOne(group.get(i), cause);
        }
    }

    private void stop(List<ComponentSlot> group, Throwable cause) {
        for (int i = group.size() - 1; i >= 0; i--) {
            ComponentSlot slot = group.get(i);
            if (!slot.started()) {
                continue;
            }
            slot.state(LifecycleState.STOPPING);
            changed();
            stopOne(slot, cause);
            slot.state(LifecycleState.STOPPED);
            changed();
        }
    }

    private static void stopOne(ComponentSlot slot, Throwable cause) {
        if (!slot.started()) {
            return;
        }
        slot.started(false);
        try {
            slot.instance().stop();
        } catch (RuntimeException | Error e) {
            LOGGER.log(System.Logger.Level.ERROR, () -> "Stopping component '" + slot.name() + "' failed", e);
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }
}
