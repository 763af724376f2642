package dev.kiln.runtime.log;

import java.time.Duration;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Rate-limits repeated failure logs, so that no input can grow the log faster than a fixed budget: the first
 * occurrence of a kind of failure (its key: exception class and where it was thrown) is logged in full, with its
 * stack trace; within the following interval the same kind is only counted; the first one after the interval logs
 * one line, without a stack trace, saying how many were left out. What is left out is logged at {@code DEBUG}
 * (off by default), one line each. Across all kinds at most {@code linesPerInterval}
 * lines are written per interval, and at most {@code maxKinds} kinds are remembered (the rest share one key).
 *
 * <pre>{@code
 * LogBudget failures = LogBudget.serverFailures();   // one per server
 * failures.log(LOGGER, Level.ERROR, LogBudget.key(e), () -> "Request GET /x failed", e);
 * }</pre>
 */
public final class LogBudget {
    private static final LogBudget UNLIMITED = new LogBudget(Duration.ofMillis(1), Integer.MAX_VALUE, 1, InstantSource.system());

    private static final String OTHER = "(other kinds)";

    private final long intervalMillis;
    private final int linesPerInterval;
    private final int maxKinds;
    private final InstantSource clock;
    private final Map<String, Kind> kinds = new HashMap<>();
    private long windowStart;
    private int linesInWindow;
    private long droppedOverBudget;

    /** A budget of {@code linesPerInterval} lines per {@code interval}, remembering {@code maxKinds} kinds. */
    public LogBudget(Duration interval, int linesPerInterval, int maxKinds, InstantSource clock) {
        this.intervalMillis = interval.toMillis();
        this.linesPerInterval = linesPerInterval;
        this.maxKinds = maxKinds;
        this.clock = Objects.requireNonNull(clock, "clock");
        if (intervalMillis <= 0 || linesPerInterval < 1 || maxKinds < 1) {
            throw new IllegalArgumentException("A log budget needs a positive interval, lines and kinds");
        }
        this.windowStart = clock.millis();
    }

    /** A server's budget for its failures: 50 lines per 10 seconds, 1,000 kinds remembered. */
    public static LogBudget serverFailures() {
        return new LogBudget(Duration.ofSeconds(10), 50, 1_000, InstantSource.system());
    }

    /** No budget: every call logs in full (what code that was given no budget does). */
    public static LogBudget unlimited() {
        return UNLIMITED;
    }

    /** {@code java.io.IOException@Foo.bar}: the kind of a failure, the same for each repetition of it. */
    public static String key(Throwable failure) {
        if (failure == null) {
            return "(no exception)";
        }
        StackTraceElement[] trace = failure.getStackTrace();
        String top = trace.length == 0 ? "" : trace[0].getClassName() + "." + trace[0].getMethodName();
        return failure.getClass().getName() + "@" + top;
    }

    /**
     * Logs {@code message} (with {@code thrown}'s stack trace the first time {@code key} is seen) if the budget
     * allows, else counts it; returns whether a line was written.
     */
    public boolean log(System.Logger logger, System.Logger.Level level, String key, Supplier<String> message,
                       Throwable thrown) {
        if (!logger.isLoggable(level)) {
            return false;
        }
        if (this == UNLIMITED) {
            logger.log(level, message.get(), thrown);
            return true;
        }
        String line;
        boolean full;
        synchronized (this) {
            long now = clock.millis();
            if (now - windowStart >= intervalMillis) {
                windowStart = now;
                linesInWindow = 0;
            }
            Kind kind = kinds.get(key);
            if (kind == null) {
                kind = kinds.computeIfAbsent(kinds.size() < maxKinds ? key : OTHER, k -> new Kind());
            }
            boolean due = kind.lastLogged == Long.MIN_VALUE || now - kind.lastLogged >= intervalMillis;
            if (!due || linesInWindow >= linesPerInterval) {
                kind.suppressed++;
                if (due) {
                    droppedOverBudget++;
                }
                line = null;
                full = false;
            } else {
                full = kind.lastLogged == Long.MIN_VALUE;
                long suppressed = kind.suppressed;
                long overBudget = droppedOverBudget;
                kind.lastLogged = now;
                kind.suppressed = 0;
                droppedOverBudget = 0;
                linesInWindow++;
                line = message.get()
                        + (suppressed == 0 ? "" : " (" + suppressed + " more like it not logged since the last one)")
                        + (overBudget == 0 ? "" : " (" + overBudget + " failures of any kind not logged: log budget spent)");
            }
        }
        if (line == null) {
            // Left out at the level asked for, kept at DEBUG (off by default): the error id a user quotes can still be
            // found where debugging is on, and in /kiln/errors.
            if (logger.isLoggable(System.Logger.Level.DEBUG)) {
                logger.log(System.Logger.Level.DEBUG, message.get() + (thrown == null ? "" : ": " + thrown));
            }
            return false;
        }
        if (thrown == null) {
            logger.log(level, line);
        } else if (full) {
            logger.log(level, line, thrown);
        } else {
            logger.log(level, line + ": " + thrown);
        }
        return true;
    }

    private static final class Kind {
        long lastLogged = Long.MIN_VALUE;
        long suppressed;
    }
}
