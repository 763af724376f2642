package dev.kiln.runtime.lifecycle;

import java.time.Instant;
import java.util.Objects;

/**
 * What one {@link Lifecycle} component is doing right now, as {@code KilnHandle.components()} and the
 * {@code lifecycle} health check report it. An immutable snapshot: ask again for a fresh one.
 *
 * <pre>{@code
 * for (ComponentStatus c : app.components()) {
 *     System.out.println(c.name() + " " + c.state() + " restarts=" + c.restarts());
 * }
 * }</pre>
 *
 * @param name        the component's name (its class's simple name in generated applications)
 * @param state       where it is in its life
 * @param supervised  whether a supervisor restarts it
 * @param restarts    how many times its supervisor has restarted it since the application started
 * @param lastFailure why it was last restarted or failed; null when it never was
 * @param nextAttempt when its supervisor starts it again (while {@link LifecycleState#RECOVERING}); null otherwise
 */
public record ComponentStatus(String name, LifecycleState state, boolean supervised, int restarts,
                              String lastFailure, Instant nextAttempt) {
    public ComponentStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
    }
}
