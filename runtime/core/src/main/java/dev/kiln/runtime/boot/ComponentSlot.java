package dev.kiln.runtime.boot;

import dev.kiln.runtime.lifecycle.ComponentStatus;
import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.runtime.lifecycle.LifecycleComponent;
import dev.kiln.runtime.lifecycle.LifecycleState;
import dev.kiln.runtime.lifecycle.Supervision;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One component and what is known about it at run time. Health requests read it while the supervisor
 * changes it, so every field is read and written under the slot's monitor; {@code start()} and {@code stop()}
 * themselves run outside it.
 */
final class ComponentSlot {
    private final LifecycleComponent component;
    private final int index;
    private LifecycleState state = LifecycleState.NEW;
    private boolean started;
    private int restarts;
    private final Deque<Instant> recentRestarts = new ArrayDeque<>();
    private String lastFailure;
    private Instant nextAttempt;
    private int consecutiveDown;
    // Bumped whenever a restart takes the component over, so that polls and restarts scheduled before
    // it find themselves stale and do nothing.
    private long epoch;

    ComponentSlot(LifecycleComponent component, int index) {
        this.component = component;
        this.index = index;
    }

    String name() {
        return component.name();
    }

    Lifecycle instance() {
        return component.instance();
    }

    /** Its position in start order. */
    int index() {
        return index;
    }

    Supervision supervision() {
        return component.supervision();
    }

    boolean isSupervised() {
        return component.isSupervised();
    }

    LifecycleComponent component() {
        return component;
    }

    synchronized LifecycleState state() {
        return state;
    }

    synchronized void state(LifecycleState state) {
        this.state = state;
    }

    /** Whether start() returned and stop() has not been called since: the component holds resources. */
    synchronized boolean started() {
        return started;
    }

    synchronized void started(boolean started) {
        this.started = started;
    }

    synchronized void failed(String reason) {
        state = LifecycleState.FAILED;
        lastFailure = reason;
        nextAttempt = null;
    }

    /**
     * Records a restart at {@code now} unless {@code maxRestarts} happened within the sliding window ending
     * now; returns how many restarts the window then holds (the backoff exponent), or -1 when over budget.
     */
    synchronized int recordRestart(Instant now, String reason) {
        Supervision supervision = component.supervision();
        Instant windowStart = now.minus(supervision.within());
        while (!recentRestarts.isEmpty() && !recentRestarts.peekFirst().isAfter(windowStart)) {
            recentRestarts.removeFirst();
        }
        lastFailure = reason;
        if (recentRestarts.size() >= supervision.maxRestarts()) {
            return -1;
        }
        recentRestarts.addLast(now);
        restarts++;
        return recentRestarts.size();
    }

    synchronized void nextAttempt(Instant at) {
        nextAttempt = at;
    }

    /** Counts a DOWN poll; returns how many came in a row. */
    synchronized int down() {
        return ++consecutiveDown;
    }

    synchronized void up() {
        consecutiveDown = 0;
    }

    synchronized long epoch() {
        return epoch;
    }

    /** Makes every poll or restart scheduled so far stale; returns the new epoch. */
    synchronized long nextEpoch() {
        consecutiveDown = 0;
        return ++epoch;
    }

    synchronized ComponentStatus status() {
        return new ComponentStatus(component.name(), state, component.isSupervised(), restarts, lastFailure, nextAttempt);
    }

    @Override
    public String toString() {
        return component.name();
    }
}
