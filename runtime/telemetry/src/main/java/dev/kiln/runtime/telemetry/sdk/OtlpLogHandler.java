package dev.kiln.runtime.telemetry.sdk;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.logs.LogRecordBuilder;
import io.opentelemetry.api.logs.Severity;
import io.opentelemetry.context.Context;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends java.util.logging records — where Kiln and Helidon log, and SLF4J too through its JUL binding — to
 * OpenTelemetry's logs (OTLP when {@code otel.logs.exporter} or an OTLP endpoint is configured): each record one log
 * record with its severity, message, logger name as the instrumentation scope, {@code exception.*} attributes and
 * the current span's context, so a collector joins it to its trace. Installed on the root logger by
 * {@link KilnTelemetrySdk} and removed when the SDK closes; the console lines ({@code kiln.log.format}) stay.
 *
 * <pre>{@code
 * OtlpLogHandler handler = OtlpLogHandler.install(sdk);   // root logger
 * handler.remove();
 * }</pre>
 */
final class OtlpLogHandler extends Handler {
    private static final AttributeKey<String> EXCEPTION_TYPE = AttributeKey.stringKey("exception.type");
    private static final AttributeKey<String> EXCEPTION_MESSAGE = AttributeKey.stringKey("exception.message");
    private static final AttributeKey<String> EXCEPTION_STACKTRACE = AttributeKey.stringKey("exception.stacktrace");
    private static final AttributeKey<String> THREAD_NAME = AttributeKey.stringKey("thread.name");
    // The message with its parameters filled in, as the console formatter does.
    private static final Formatter MESSAGES = new Formatter() {
        @Override
        public String format(LogRecord record) {
            return formatMessage(record);
        }
    };

    private final OpenTelemetry openTelemetry;

    private OtlpLogHandler(OpenTelemetry openTelemetry) {
        this.openTelemetry = openTelemetry;
    }

    /** A handler on the root logger that sends every record it gets through {@code openTelemetry}'s logs. */
    static OtlpLogHandler install(OpenTelemetry openTelemetry) {
        OtlpLogHandler handler = new OtlpLogHandler(openTelemetry);
        Logger.getLogger("").addHandler(handler);
        return handler;
    }

    /** Takes the handler off the root logger. */
    void remove() {
        Logger.getLogger("").removeHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record)) {
            return;
        }
        String scope = record.getLoggerName() == null ? "" : record.getLoggerName();
        LogRecordBuilder log = openTelemetry.getLogsBridge().get(scope).logRecordBuilder()
                .setTimestamp(record.getInstant())
                .setObservedTimestamp(Instant.now())
                .setSeverity(severity(record.getLevel()))
                .setSeverityText(record.getLevel().getName())
                .setBody(MESSAGES.format(record))
                .setContext(Context.current())
                .setAttribute(THREAD_NAME, Thread.currentThread().getName());
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            StringWriter trace = new StringWriter();
            thrown.printStackTrace(new PrintWriter(trace));
            log.setAttribute(EXCEPTION_TYPE, thrown.getClass().getName())
                    .setAttribute(EXCEPTION_STACKTRACE, trace.toString());
            if (thrown.getMessage() != null) {
                log.setAttribute(EXCEPTION_MESSAGE, thrown.getMessage());
            }
        }
        log.emit();
    }

    static Severity severity(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return Severity.ERROR;
        } else if (value >= Level.WARNING.intValue()) {
            return Severity.WARN;
        } else if (value >= Level.INFO.intValue()) {
            return Severity.INFO;
        } else if (value >= Level.FINE.intValue()) {
            return Severity.DEBUG;
        }
        return Severity.TRACE;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
