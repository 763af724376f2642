package dev.kiln.runtime.health;

import dev.kiln.runtime.log.RequestIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs health checks the way {@code /health} and the supervisor do: each on a virtual thread of its own,
 * all at once, each bounded by {@code kiln.health.timeout}. It never throws: a check that throws is DOWN
 * with the exception's type and message, one that does not answer in time is DOWN naming the timeout (its
 * thread is interrupted and left behind).
 *
 * <pre>{@code
 * HealthProbe probe = new HealthProbe(Duration.ofSeconds(2));
 * HealthResult result = probe.run(feedPoller);   // DOWN ("timed out after 2s (kiln.health.timeout)") if it hangs
 * }</pre>
 */
public final class HealthProbe {
    /** The configuration key of the timeout, named in the reason of a timed-out check. */
    public static final String TIMEOUT_KEY = "kiln.health.timeout";

    private static final System.Logger LOGGER = System.getLogger(HealthProbe.class.getName());

    /** One check's answer, under the name and kind it had when it ran. */
    public record Outcome(String name, HealthKind kind, HealthResult result) {
        public Outcome {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(result, "result");
        }
    }

    private final Duration timeout;

    /** Bounds every check by {@code timeout}, which must be positive. */
    public HealthProbe(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("A health check timeout must be positive, but is " + timeout);
        }
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Runs one check. */
    public HealthResult run(HealthCheck check) {
        return runAll(List.of(check)).getFirst().result();
    }

    /** Runs {@code checks} concurrently; the outcomes come in the checks' order, within about one timeout. */
    public List<Outcome> runAll(List<? extends HealthCheck> checks) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<FutureTask<HealthResult>> tasks = new ArrayList<>(checks.size());
        for (HealthCheck check : checks) {
            // The caller's context (trace, request id) goes with the check: what it logs or calls belongs there.
            FutureTask<HealthResult> task = new FutureTask<>(RequestIds.wrap(check::check));
            Thread.ofVirtual().name("kiln-health-" + check.name()).start(task);
            tasks.add(task);
        }
        List<Outcome> outcomes = new ArrayList<>(checks.size());
        for (int i = 0; i < checks.size(); i++) {
            HealthCheck check = checks.get(i);
            outcomes.add(new Outcome(check.name(), check.kind(), await(check, tasks.get(i), deadline)));
        }
        return outcomes;
    }

    private HealthResult await(HealthCheck check, FutureTask<HealthResult> task, long deadline) {
        try {
            HealthResult result = task.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return result != null ? result : HealthResult.down("the check returned no result");
        } catch (TimeoutException e) {
            task.cancel(true);
            return HealthResult.down("timed out after " + describe(timeout) + " (" + TIMEOUT_KEY + ")");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            // The stack trace stays in the log; the answer carries only what the check says went wrong.
            LOGGER.log(System.Logger.Level.DEBUG, () -> "Health check " + check.name() + " threw", cause);
            return HealthResult.down(cause.getClass().getName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return HealthResult.down("interrupted while waiting for the check");
        }
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
