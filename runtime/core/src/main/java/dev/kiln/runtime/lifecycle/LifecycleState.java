package dev.kiln.runtime.lifecycle;

/**
 * Where a {@link Lifecycle} component, or the whole application, is in its life. Reported in health data
 * and in the registry.
 */
public enum LifecycleState {
    /** Built, not started. */
    NEW,
    /** {@code start()} is running. */
    STARTING,
    /** Started and serving. */
    RUNNING,
    /** Being restarted by its supervisor (or, for the application, some component is). */
    RECOVERING,
    /** {@code stop()} is running (for the application: draining). */
    STOPPING,
    /** Stopped. */
    STOPPED,
    /** Gave up: a start failed, or restarts exceeded the supervision budget. */
    FAILED
}
