package dev.kiln.hardening;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every record at {@code INFO} or above that reaches the root java.util.logging logger while open: what the
 * service would write to its log. Records of loggers that do not pass their records up (none in Kiln) are missed.
 */
final class LogRecords extends Handler implements AutoCloseable {
    private final Logger root = Logger.getLogger("");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    LogRecords() {
        setLevel(Level.INFO);
        root.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            records.add(record);
        }
    }

    /** Records at {@code level} or above. */
    List<LogRecord> atLeast(Level level) {
        return records.stream().filter(r -> r.getLevel().intValue() >= level.intValue()).toList();
    }

    /** How many log lines the records make, stack traces included. */
    long lines() {
        long lines = 0;
        for (LogRecord record : records) {
            lines += 1;
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                lines += 1 + t.getStackTrace().length;
            }
        }
        return lines;
    }

    String describe() {
        StringBuilder text = new StringBuilder();
        records.stream().limit(20).forEach(r -> text.append(r.getLevel()).append(' ').append(r.getLoggerName())
                .append(": ").append(r.getMessage()).append(r.getThrown() == null ? "" : " " + r.getThrown()).append('\n'));
        return text.toString();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
