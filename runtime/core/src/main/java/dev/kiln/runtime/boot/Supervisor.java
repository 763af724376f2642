package dev.kiln.runtime.boot;

import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthProbe;
import dev.kiln.runtime.health.HealthResult;
import dev.kiln.runtime.lifecycle.LifecycleState;
import dev.kiln.runtime.lifecycle.Supervision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.IntConsumer;

/**
 * Restarts supervised components, OTP's rest_for_one: it polls each supervised component's own
 * {@link HealthCheck} every {@code kiln.lifecycle.supervision.interval}; after
 * {@code kiln.lifecycle.supervision.down-after} DOWN (or throwing, or timed-out) polls in a row it takes the
 * component and everything depending on it to RECOVERING, stops the dependents in reverse order and then the
 * component, waits its {@link Backoff}, and starts the component and then its dependents in order. A start
 * that throws during that counts as another restart. Past {@code maxRestarts} within the window the component
 * is FAILED (its dependents with it) and stays stopped; the process keeps running unless
 * {@code kiln.lifecycle.exit-on-failure} is set.
 *
 * <p>All of its work runs on its {@link SupervisorScheduler}, one step at a time, under one lock that
 * {@link #close()} takes too, so that nothing restarts while the application stops.
 */
final class Supervisor implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(Supervisor.class.getName());

    private final Components components;
    private final LifecycleSettings settings;
    private final HealthProbe probe;
    private final Clock clock;
    private final SupervisorScheduler scheduler;
    private final DoubleSupplier random;
    private final IntConsumer exit;
    private final Object lock = new Object();
    private boolean closed;

    Supervisor(Components components, LifecycleSettings settings, HealthProbe probe, Clock clock,
               SupervisorScheduler scheduler, DoubleSupplier random, IntConsumer exit) {
        this.components = components;
        this.settings = settings;
        this.probe = probe;
        this.clock = clock;
        this.scheduler = scheduler;
        this.random = random;
        this.exit = exit;
    }

    /** Begins polling every supervised component. */
    void start() {
        synchronized (lock) {
            for (ComponentSlot slot : components.slots()) {
                if (slot.isSupervised()) {
                    if (!(slot.instance() instanceof HealthCheck)) {
                        // The processor refuses this for generated applications; a hand-built one is told here.
                        LOGGER.log(System.Logger.Level.WARNING, () -> "Component '" + slot.name() + "' is supervised but "
                                + "does not implement HealthCheck: it is restarted only with a component it depends on");
                    }
                    arm(slot);
                }
            }
        }
    }

    /** Stops all supervision; waits for a restart step under way (bounded by the start timeout) to finish. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        scheduler.close();
    }

    private void arm(ComponentSlot slot) {
        long epoch = slot.nextEpoch();
        scheduler.schedule(() -> poll(slot, epoch), settings.supervisionInterval());
    }

    private void poll(ComponentSlot slot, long epoch) {
        if (slot.epoch() != epoch) {
            return;
        }
        // Outside the lock: a slow check must not hold up close().
        HealthResult result = slot.instance() instanceof HealthCheck check ? probe.run(check) : HealthResult.up();
        synchronized (lock) {
            if (closed || slot.epoch() != epoch || slot.state() != LifecycleState.RUNNING) {
                return;
            }
            if (result.isUp()) {
                slot.up();
            } else {
                int down = slot.down();
                if (down >= settings.downAfter()) {
                    restart(slot, "health check DOWN " + down + " time(s) in a row: " + result.reason());
                    return;
                }
                LOGGER.log(System.Logger.Level.DEBUG, () -> "Component '" + slot.name() + "' is DOWN (" + down + " of "
                        + settings.downAfter() + " before a restart): " + result.reason());
            }
            scheduler.schedule(() -> poll(slot, epoch), settings.supervisionInterval());
        }
    }

    /** Under the lock: stops {@code root}'s group and schedules its start after the backoff, or gives up. */
    private void restart(ComponentSlot root, String reason) {
        Instant now = clock.instant();
        int attempt = root.recordRestart(now, reason);
        List<ComponentSlot> group = components.group(root);
        // Whatever was scheduled for the group (polls, a dependent's own restart) is void: this restart owns it.
        for (ComponentSlot slot : group) {
            slot.nextEpoch();
            slot.nextAttempt(null);
        }
        if (attempt < 0) {
            giveUp(root, group, reason);
            return;
        }
        group.forEach(slot -> slot.state(LifecycleState.RECOVERING));
        components.changed();
        components.stopForRestart(group, null);
        Supervision supervision = root.supervision();
        Duration delay = Backoff.delay(supervision, attempt, random.getAsDouble());
        Instant at = now.plus(delay);
        root.nextAttempt(at);
        LOGGER.log(System.Logger.Level.WARNING, () -> "Restarting component '" + root.name() + "' (restart " + attempt
                + " of at most " + supervision.maxRestarts() + " within " + ServerSettings.describe(supervision.within())
                + ") because " + reason + (group.size() > 1 ? "; its dependents " + group.subList(1, group.size())
                + " restart after it" : "") + "; next attempt at " + at + " (in " + ServerSettings.describe(delay) + ")");
        long epoch = root.epoch();
        scheduler.schedule(() -> recover(root, group, epoch), delay);
    }

    private void recover(ComponentSlot root, List<ComponentSlot> group, long epoch) {
        synchronized (lock) {
            if (closed || root.epoch() != epoch) {
                return;
            }
            root.nextAttempt(null);
            for (ComponentSlot slot : group) {
                try {
                    components.start(slot);
                } catch (RuntimeException | Error e) {
                    slot.state(LifecycleState.RECOVERING);
                    LOGGER.log(System.Logger.Level.WARNING, () -> "Component '" + slot.name()
                            + "' failed to start while recovering '" + root.name() + "'", e);
                    // The component being recovered pays for it: its group goes round again, or fails.
                    restart(root, "component '" + slot.name() + "' failed to start: " + e.getMessage());
                    return;
                }
            }
            for (ComponentSlot slot : group) {
                if (slot.isSupervised()) {
                    arm(slot);
                }
            }
            LOGGER.log(System.Logger.Level.INFO, () -> "Component '" + root.name() + "' recovered"
                    + (group.size() > 1 ? " with " + group.subList(1, group.size()) : ""));
        }
    }

    private void giveUp(ComponentSlot root, List<ComponentSlot> group, String reason) {
        components.stopForRestart(group, null);
        Supervision supervision = root.supervision();
        String why = "restarted " + supervision.maxRestarts() + " time(s) within "
                + ServerSettings.describe(supervision.within()) + " and failed again: " + reason;
        root.failed(why);
        for (ComponentSlot dependent : group.subList(1, group.size())) {
            dependent.failed("depends on '" + root.name() + "', which failed");
        }
        components.changed();
        LOGGER.log(System.Logger.Level.ERROR, () -> "Component '" + root.name() + "' FAILED: " + why
                + (group.size() > 1 ? "; stopped with its dependents " + group.subList(1, group.size()) : "")
                + (settings.exitOnFailure() ? "; exiting (" + LifecycleSettings.EXIT_ON_FAILURE + ")"
                : "; readiness stays DOWN, the process keeps running"));
        if (settings.exitOnFailure()) {
            // Not on this thread: exiting runs the shutdown hook, which closes this supervisor and waits for it.
            Thread.ofPlatform().name("kiln-exit").start(() -> exit.accept(1));
        }
    }
}
