package dev.kiln.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.testapp.JsonObjects;
import io.helidon.logging.common.HelidonMdc;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

/** Each shape's line parsed back with jackson-core: one object per line, the contract's field names. */
class KilnLogFormatterTest {
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    private static LogRecord record(Level level, String message, Throwable thrown) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("com.example.Orders");
        record.setThrown(thrown);
        return record;
    }

    /** The line, checked to be exactly one line, parsed. */
    private static Map<String, Object> line(LogFormat format, LogRecord record) {
        String text = new KilnLogFormatter(format, "orders").format(record);
        assertTrue(text.endsWith(System.lineSeparator()), text);
        String body = text.substring(0, text.length() - System.lineSeparator().length());
        assertFalse(body.contains("\n") || body.contains("\r"), body);
        return JsonObjects.parse(body);
    }

    @Test
    void jsonHasTheContractsFieldsAndNoTraceWithoutASpan() {
        Map<String, Object> line = line(LogFormat.JSON, record(Level.WARNING, "stock low", null));
        assertEquals(List.of("timestamp", "level", "logger", "message", "service.name"), List.copyOf(line.keySet()));
        assertEquals("WARN", line.get("level"));
        assertEquals("com.example.Orders", line.get("logger"));
        assertEquals("stock low", line.get("message"));
        assertEquals("orders", line.get("service.name"));
        assertTrue(((String) line.get("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), line.toString());
    }

    @Test
    void theCurrentSpansIdsAndTheRequestIdAreWritten() {
        SpanContext context = SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault());
        LogContext.requestId("req-7");
        try (Scope ignored = Span.wrap(context).makeCurrent()) {
            for (LogFormat format : List.of(LogFormat.JSON, LogFormat.ECS, LogFormat.LOGSTASH)) {
                Map<String, Object> line = line(format, record(Level.INFO, "placed", null));
                String trace = format == LogFormat.ECS ? "trace.id" : "trace_id";
                String span = format == LogFormat.ECS ? "span.id" : "span_id";
                String request = format == LogFormat.ECS ? "http.request.id" : "request_id";
                assertEquals(TRACE, line.get(trace), format + " " + line);
                assertEquals(SPAN, line.get(span), format + " " + line);
                assertEquals("req-7", line.get(request), format + " " + line);
            }
            String text = new KilnLogFormatter(LogFormat.TEXT, "orders").format(record(Level.INFO, "placed", null));
            assertTrue(text.contains("[req-7] placed trace_id=" + TRACE + " span_id=" + SPAN), text);
        } finally {
            HelidonMdc.remove(LogContext.REQUEST_ID);
        }
    }

    @Test
    void multiLineMessagesAndExceptionsStayOnOneLine() {
        IllegalStateException failure = new IllegalStateException("first\nsecond", new RuntimeException("cause"));
        Map<String, Object> line = line(LogFormat.JSON, record(Level.SEVERE, "one\ntwo\r\nthree", failure));
        assertEquals("one\ntwo\r\nthree", line.get("message"));
        assertEquals("ERROR", line.get("level"));
        assertEquals(IllegalStateException.class.getName(), line.get("exception.type"));
        assertEquals("first\nsecond", line.get("exception.message"));
        String trace = (String) line.get("exception.stacktrace");
        assertTrue(trace.contains("\tat dev.kiln.runtime.log.KilnLogFormatterTest"), trace);
        assertTrue(trace.contains("Caused by: java.lang.RuntimeException: cause"), trace);

        Map<String, Object> ecs = line(LogFormat.ECS, record(Level.SEVERE, "x", failure));
        assertEquals(IllegalStateException.class.getName(), ecs.get("error.type"));
        assertTrue(((String) ecs.get("error.stack_trace")).contains("Caused by"), ecs.toString());
        Map<String, Object> logstash = line(LogFormat.LOGSTASH, record(Level.SEVERE, "x", failure));
        assertTrue(((String) logstash.get("stack_trace")).contains("Caused by"), logstash.toString());
    }

    @Test
    void ecsAndLogstashUseTheirOwnNames() {
        Map<String, Object> ecs = line(LogFormat.ECS, record(Level.FINE, "m", null));
        assertEquals(List.of("@timestamp", "log.level", "log.logger", "message", "process.thread.name", "ecs.version",
                "service.name"), List.copyOf(ecs.keySet()));
        assertEquals("DEBUG", ecs.get("log.level"));
        Map<String, Object> logstash = line(LogFormat.LOGSTASH, record(Level.SEVERE, "m", null));
        assertEquals(List.of("@timestamp", "@version", "level", "level_value", "logger_name", "message", "thread_name",
                "service.name"), List.copyOf(logstash.keySet()));
        assertEquals(40000L, logstash.get("level_value"));
    }

    @Test
    void attributesBecomePropertiesAndTheMessageIsNotFormatted() {
        final class Placed extends LogRecord implements LogAttributes {
            Placed() {
                super(Level.INFO, "GET /x/{0} 200");
                setLoggerName("kiln.access");
                setParameters(new Object[] {"not used"});
            }

            @Override
            public void writeAttributes(JsonGenerator g) {
                g.writeNumberProperty("status", 200);
            }
        }
        Map<String, Object> line = line(LogFormat.JSON, new Placed());
        assertEquals("GET /x/{0} 200", line.get("message"));
        assertEquals(200L, line.get("status"));
    }

    @Test
    void textIsOneLineWithTheStackTraceAfterIt() {
        String text = new KilnLogFormatter(LogFormat.TEXT, "orders")
                .format(record(Level.INFO, "a\nforged line", null));
        assertTrue(text.matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z INFO  com\\.example\\.Orders a\\\\nforged line\\R"), text);
        String failed = new KilnLogFormatter(LogFormat.TEXT, "orders")
                .format(record(Level.SEVERE, "failed", new IllegalStateException("no")));
        assertTrue(failed.contains("ERROR com.example.Orders failed" + System.lineSeparator()
                + "java.lang.IllegalStateException: no"), failed);
    }

    @Test
    void anUnknownFormatNamesTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogFormat.of("yaml"));
        assertTrue(e.getMessage().contains("kiln.log.format"), e.getMessage());
        assertEquals(LogFormat.ECS, LogFormat.of(" ECS "));
    }
}
