package dev.kiln.runtime.telemetry.sdk;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The warnings and errors OpenTelemetry's SDK logs (java.util.logging under {@code io.opentelemetry}) meanwhile. */
final class SdkLogs implements AutoCloseable {
    // Held: java.util.logging keeps loggers weakly, and a collected one would lose the handler.
    private final Logger logger = Logger.getLogger("io.opentelemetry");
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record.getLoggerName() + ": " + record.getMessage());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    SdkLogs() {
        logger.addHandler(handler);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
