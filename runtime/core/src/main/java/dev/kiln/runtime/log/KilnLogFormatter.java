package dev.kiln.runtime.log;

import dev.kiln.runtime.json.Json;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * A {@link java.util.logging.Formatter} that writes each record as one line in a {@link LogFormat}. JSON shapes
 * are written with jackson-core's generator, which escapes every control character, so a message or stack trace
 * with line breaks stays on its line. Besides the record it reads, on the thread that logs: the request id from
 * the {@link LogContext}, and the trace and span ids of OpenTelemetry's current span when it is valid (no
 * fields without a tracing SDK). {@link KilnLogging#install} puts it on the console handlers; it can be used
 * by hand too:
 *
 * <pre>{@code
 * ConsoleHandler handler = new ConsoleHandler();
 * handler.setFormatter(new KilnLogFormatter(LogFormat.JSON, "orders"));
 * // {"timestamp":"2026-11-05T10:15:30.123Z","level":"INFO","logger":"dev.kiln.runtime.boot.KilnBoot",
 * //  "message":"Kiln orders listening on http://0.0.0.0:8080","service.name":"orders"}
 * }</pre>
 */
public final class KilnLogFormatter extends Formatter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** The field names of a JSON shape; null where the shape has no such field. */
    private record Names(String timestamp, String level, String logger, String message, String thread,
                         String traceId, String spanId, String requestId, String service, String errorType,
                         String errorMessage, String stackTrace) {}

    private static final Names JSON = new Names("timestamp", "level", "logger", "message", null, "trace_id",
            "span_id", "request_id", "service.name", "exception.type", "exception.message", "exception.stacktrace");
    private static final Names ECS = new Names("@timestamp", "log.level", "log.logger", "message",
            "process.thread.name", "trace.id", "span.id", "http.request.id", "service.name", "error.type",
            "error.message", "error.stack_trace");
    private static final Names LOGSTASH = new Names("@timestamp", "level", "logger_name", "message", "thread_name",
            "trace_id", "span_id", "request_id", "service.name", null, null, "stack_trace");

    private final LogFormat format;
    private final String service;

    /** Lines in {@code format}, naming {@code service} ({@code service.name}) in the JSON shapes. */
    public KilnLogFormatter(LogFormat format, String service) {
        this.format = Objects.requireNonNull(format, "format");
        this.service = Objects.requireNonNull(service, "service");
    }

    public LogFormat format() {
        return format;
    }

    @Override
    public String format(LogRecord record) {
        return switch (format) {
            case TEXT -> text(record);
            case JSON -> json(record, JSON);
            case ECS -> json(record, ECS);
            case LOGSTASH -> json(record, LOGSTASH);
        };
    }

    /** {@code 2026-11-05T10:15:30.123Z INFO  kiln.access [5f0c…] GET /orders/7 200 1.234ms}, then any stack trace. */
    private String text(LogRecord record) {
        StringBuilder line = new StringBuilder(128);
        TIME.formatTo(record.getInstant(), line);
        String level = level(record.getLevel());
        line.append(' ').append(level).append(" ".repeat(Math.max(1, 6 - level.length())))
                .append(record.getLoggerName()).append(' ');
        String requestId = LogContext.requestId();
        if (requestId != null) {
            line.append('[').append(requestId).append("] ");
        }
        // Line breaks in a message would start what looks like another record: shown escaped.
        String message = message(record);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            line.append(" trace_id=").append(span.getTraceId()).append(" span_id=").append(span.getSpanId());
        }
        line.append(System.lineSeparator());
        if (record.getThrown() != null) {
            line.append(stackTrace(record.getThrown()));
        }
        return line.toString();
    }

    private String json(LogRecord record, Names names) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = Json.factory().createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeStringProperty(names.timestamp(), TIME.format(record.getInstant()));
            if (names == LOGSTASH) {
                g.writeStringProperty("@version", "1");
            }
            g.writeStringProperty(names.level(), level(record.getLevel()));
            if (names == LOGSTASH) {
                g.writeNumberProperty("level_value", levelValue(record.getLevel()));
            }
            g.writeStringProperty(names.logger(), record.getLoggerName());
            g.writeStringProperty(names.message(), message(record));
            if (names.thread() != null) {
                g.writeStringProperty(names.thread(), Thread.currentThread().getName());
            }
            if (names == ECS) {
                g.writeStringProperty("ecs.version", "8.11");
            }
            SpanContext span = Span.current().getSpanContext();
            if (span.isValid()) {
                g.writeStringProperty(names.traceId(), span.getTraceId());
                g.writeStringProperty(names.spanId(), span.getSpanId());
            }
            String requestId = LogContext.requestId();
            if (requestId != null) {
                g.writeStringProperty(names.requestId(), requestId);
            }
            g.writeStringProperty(names.service(), service);
            if (record instanceof LogAttributes attributes) {
                attributes.writeAttributes(g);
            }
            Throwable thrown = record.getThrown();
            if (thrown != null) {
                if (names.errorType() != null) {
                    g.writeStringProperty(names.errorType(), thrown.getClass().getName());
                    g.writeStringProperty(names.errorMessage(), thrown.getMessage());
                }
                g.writeStringProperty(names.stackTrace(), stackTrace(thrown));
            }
            g.writeEndObject();
        }
        return out.append(System.lineSeparator()).toString();
    }

    /**
     * The message with its parameters. A record that carries {@link LogAttributes} has its facts there, and a
     * message that may quote a request path: it is taken as written, never run through {@code MessageFormat}.
     */
    private String message(LogRecord record) {
        String message = record instanceof LogAttributes ? record.getMessage() : formatMessage(record);
        return message == null ? "" : message;
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter trace = new StringWriter(1024);
        try (PrintWriter writer = new PrintWriter(trace)) {
            thrown.printStackTrace(writer);
        }
        return trace.toString();
    }

    /** The usual names (SLF4J's, which the JSON shapes use): SEVERE is ERROR, WARNING WARN, FINE DEBUG. */
    static String level(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "ERROR";
        } else if (value >= Level.WARNING.intValue()) {
            return "WARN";
        } else if (value >= Level.CONFIG.intValue()) {
            return "INFO";
        } else if (value >= Level.FINE.intValue()) {
            return "DEBUG";
        }
        return "TRACE";
    }

    /** logback's level values, which logstash-logback-encoder writes as {@code level_value}. */
    private static int levelValue(Level level) {
        return switch (level(level)) {
            case "ERROR" -> 40000;
            case "WARN" -> 30000;
            case "INFO" -> 20000;
            case "DEBUG" -> 10000;
            default -> 5000;
        };
    }
}
