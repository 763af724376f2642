package dev.kiln.runtime.health;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Liveness: DOWN when threads are deadlocked on monitors or locks, naming them. A deadlock does not heal,
 * so the platform should restart the process. Kiln adds it to every application as {@code deadlocks}; it
 * asks the JVM only when a probe asks it.
 *
 * <pre>{@code
 * new DeadlockHealthCheck().check();   // DOWN ("deadlocked threads: worker-1, worker-2")
 * }</pre>
 */
public final class DeadlockHealthCheck implements HealthCheck {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public String name() {
        return "deadlocks";
    }

    @Override
    public HealthKind kind() {
        return HealthKind.LIVENESS;
    }

    @Override
    public HealthResult check() {
        long[] ids = threads.findDeadlockedThreads();
        if (ids == null || ids.length == 0) {
            return HealthResult.up();
        }
        String names = Arrays.stream(threads.getThreadInfo(ids))
                .filter(Objects::nonNull) // a thread may have ended since
                .map(ThreadInfo::getThreadName)
                .sorted()
                .collect(Collectors.joining(", "));
        return HealthResult.down("deadlocked threads: " + names).withData("threads", ids.length);
    }
}
