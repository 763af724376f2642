package dev.kiln.runtime.boot;

import dev.kiln.runtime.lifecycle.Lifecycle;
import java.util.ArrayList;
import java.util.List;

/** Starts components in order and stops the started ones in reverse, also when a start fails half way. */
final class LifecycleChain {
    private static final System.Logger LOGGER = System.getLogger(LifecycleChain.class.getName());

    private final List<Lifecycle> started;

    private LifecycleChain(List<Lifecycle> started) {
        this.started = started;
    }

    /** Starts each component; if one throws, stops those already started (reverse order) and rethrows. */
    static LifecycleChain start(List<? extends Lifecycle> components) {
        List<Lifecycle> started = new ArrayList<>(components.size());
        for (Lifecycle component : components) {
            try {
                component.start();
            } catch (RuntimeException | Error e) {
                LOGGER.log(System.Logger.Level.ERROR, () -> "Starting " + component.getClass().getName()
                        + " failed; stopping the " + started.size() + " component(s) already started", e);
                new LifecycleChain(started).stop(e);
                throw e;
            }
            started.add(component);
        }
        return new LifecycleChain(started);
    }

    /**
     * Stops every started component in reverse order. Failures are logged and, when {@code cause} is
     * given, attached to it as suppressed; they never keep the remaining components from stopping.
     */
    void stop(Throwable cause) {
        for (int i = started.size() - 1; i >= 0; i--) {
            Lifecycle component = started.get(i);
            try {
                component.stop();
            } catch (RuntimeException | Error e) {
                LOGGER.log(System.Logger.Level.ERROR, () -> "Stopping " + component.getClass().getName() + " failed", e);
                if (cause != null) {
                    cause.addSuppressed(e);
                }
            }
        }
        started.clear();
    }
}
