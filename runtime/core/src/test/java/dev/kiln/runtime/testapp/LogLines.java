package dev.kiln.runtime.testapp;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The lines a formatter makes of what the root logger receives while open, formatted on the thread that logs (as a
 * console handler does), so that they carry that thread's request id and span.
 */
public final class LogLines extends Handler implements AutoCloseable {
    private static final Logger ROOT = Logger.getLogger("");
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LogLines(Formatter formatter) {
        setFormatter(formatter);
        setLevel(Level.ALL);
        ROOT.addHandler(this);
    }

    /** Formats with {@code formatter} until closed. */
    public static LogLines of(Formatter formatter) {
        return new LogLines(formatter);
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            lines.add(getFormatter().format(record));
        }
    }

    /** Every line so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Waits (bounded) for a line that {@code wanted} accepts; fails the test without one. */
    public String await(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (String line : lines) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("No such log line within " + timeout + " among " + lines);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        ROOT.removeHandler(this);
    }
}
