package dev.kiln.runtime.telemetry;

import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.WriteOnlyCodec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/** The JSON {@link TracesEndpoint} answers with, written on jackson-core's streaming API (never read back). */
final class TracesJson {
    private TracesJson() {}

    /** {@code {"application":…,"traces":[{"traceId":…,"root":…,"start":…,"durationMs":…,"spans":…,"errors":…}]}}. */
    static JsonCodec<List<RecentTraces.Summary>> recent(String application) {
        return new WriteOnlyCodec<>() {
            @Override
            public void write(JsonGenerator g, List<RecentTraces.Summary> traces) {
                g.writeStartObject();
                g.writeStringProperty("application", application);
                g.writeName("traces");
                g.writeStartArray();
                for (RecentTraces.Summary t : traces) {
                    g.writeStartObject();
                    g.writeStringProperty("traceId", t.traceId());
                    g.writeStringProperty("root", t.root());
                    g.writeStringProperty("start", instant(t.startEpochNanos()));
                    g.writeNumberProperty("durationMs", millis(t.durationNanos()));
                    g.writeNumberProperty("spans", t.spans());
                    g.writeNumberProperty("errors", t.errors());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        };
    }

    /** {@code {"traceId":…,"spans":[{…},…]}}. */
    static JsonCodec<List<RecordedSpan>> trace(String traceId) {
        return new WriteOnlyCodec<>() {
            @Override
            public void write(JsonGenerator g, List<RecordedSpan> spans) {
                g.writeStartObject();
                g.writeStringProperty("traceId", traceId);
                g.writeName("spans");
                g.writeStartArray();
                for (RecordedSpan s : spans) {
                    g.writeStartObject();
                    g.writeStringProperty("spanId", s.spanId());
                    g.writeStringProperty("parentSpanId", s.parentSpanId());
                    g.writeBooleanProperty("remoteParent", s.remoteParent());
                    g.writeStringProperty("service", s.service());
                    g.writeStringProperty("name", s.name());
                    g.writeStringProperty("kind", s.kind());
                    g.writeStringProperty("start", instant(s.startEpochNanos()));
                    g.writeNumberProperty("durationMs", millis(s.durationNanos()));
                    g.writeBooleanProperty("error", s.error());
                    g.writeName("attributes");
                    g.writeStartObject();
                    for (Map.Entry<String, String> a : s.attributes().entrySet()) {
                        g.writeStringProperty(a.getKey(), a.getValue());
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        };
    }

    private static String instant(long epochNanos) {
        return Instant.ofEpochSecond(0, epochNanos).toString();
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
