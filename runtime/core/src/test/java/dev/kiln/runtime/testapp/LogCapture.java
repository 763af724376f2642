package dev.kiln.runtime.testapp;

import dev.kiln.runtime.log.LogContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what one java.util.logging logger (System.Logger's default backend) receives while open.
 * Holds the logger strongly: JUL forgets loggers nobody references, and their handlers with them.
 */
public final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger;
    private final Level previousLevel;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final List<String> requestIds = new CopyOnWriteArrayList<>();

    private LogCapture(String name, Level level) {
        this.logger = Logger.getLogger(name);
        this.previousLevel = logger.getLevel();
        if (level != null) {
            logger.setLevel(level);
        }
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** Captures {@code name} at the level its configuration gives it. */
    public static LogCapture of(String name) {
        return new LogCapture(name, null);
    }

    /** Captures {@code name} with its level set to {@code level} until closed. */
    public static LogCapture of(String name, Level level) {
        return new LogCapture(name, level);
    }

    @Override
    public void publish(LogRecord record) {
        // Published on the thread that logged: what a formatter printing the log context would print.
        requestIds.add(String.valueOf(LogContext.requestId()));
        records.add(record);
    }

    /** For each record, the request id the log context held when it was logged ("null" for none). */
    public List<String> requestIds() {
        return new ArrayList<>(requestIds);
    }

    /** Every record so far. */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The messages of every record so far, as given (no parameters are used by Kiln). */
    public List<String> messages() {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    /** Waits until {@code count} records arrived (they are written after the response, on the server's thread). */
    public List<LogRecord> await(int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (records.size() < count && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        return records();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
    }
}
