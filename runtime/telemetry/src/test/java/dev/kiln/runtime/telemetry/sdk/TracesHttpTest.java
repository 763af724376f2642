package dev.kiln.runtime.telemetry.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.telemetry.RecentTraces;
import dev.kiln.runtime.telemetry.RecordedSpan;
import dev.kiln.runtime.telemetry.Telemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /kiln/traces}: the spans this application recorded, kept by trace and bounded, over real HTTP. */
class TracesHttpTest {

    @Test
    void theRecentTracesAndOneTracesSpansWithTheirParents() {
        KilnConfig config = TestApp.config(Map.of());
        try (KilnTelemetrySdk sdk = KilnTelemetrySdk.start(config, "work-app");
             KilnHandle app = TestApp.start(config, Telemetry.of(sdk))) {
            Telemetry telemetry = Telemetry.of(sdk.openTelemetry());
            Span parent = telemetry.tracer().spanBuilder("POST /orders").setSpanKind(SpanKind.SERVER).startSpan();
            String traceId = parent.getSpanContext().getTraceId();
            try (Scope ignored = parent.makeCurrent()) {
                telemetry.tracer().spanBuilder("SELECT orders").setSpanKind(SpanKind.CLIENT)
                        .setAttribute("db.system.name", "h2").startSpan().setStatus(StatusCode.ERROR).end();
            }
            parent.end();

            String recent = TestApp.get(app.uri(), "/kiln/traces", null).body();
            assertTrue(recent.startsWith("{\"application\":\"work-app\",\"traces\":[{\"traceId\":\"" + traceId
                    + "\",\"root\":\"POST /orders\""), recent);
            assertTrue(recent.contains("\"spans\":2,\"errors\":1}"), recent);

            HttpResponse<String> trace = TestApp.get(app.uri(), "/kiln/traces/" + traceId, null);
            assertEquals(200, trace.statusCode());
            assertEquals("no-store", trace.headers().firstValue("Cache-Control").orElseThrow());
            String body = trace.body();
            String parentId = parent.getSpanContext().getSpanId();
            assertTrue(body.contains("{\"spanId\":\"" + parentId + "\",\"parentSpanId\":\"\",\"remoteParent\":false,"
                    + "\"service\":\"work-app\",\"name\":\"POST /orders\",\"kind\":\"SERVER\""), body);
            assertTrue(body.contains("\"parentSpanId\":\"" + parentId + "\",\"remoteParent\":false,\"service\":"
                    + "\"work-app\",\"name\":\"SELECT orders\",\"kind\":\"CLIENT\""), body);
            assertTrue(body.contains("\"error\":true,\"attributes\":{\"db.system.name\":\"h2\"}"), body);

            assertEquals(404, TestApp.get(app.uri(), "/kiln/traces/" + "0".repeat(32), null).statusCode());
            assertEquals(400, TestApp.get(app.uri(), "/kiln/traces/not-a-trace", null).statusCode());
        }
    }

    @Test
    void theOldestTraceIsDroppedPastTheBoundAndATraceKeepsAtMostItsSpans() {
        RecentTracesProcessor kept = new RecentTracesProcessor(2, 3);
        KilnConfig config = KilnConfig.of(Map.of(KilnTelemetrySdk.TRACES_KEY, "2",
                KilnTelemetrySdk.TRACE_SPANS_KEY, "3"));
        try (KilnTelemetrySdk sdk = KilnTelemetrySdk.start(config, "work-app")) {
            RecentTraces traces = sdk.traces().orElseThrow();
            Telemetry telemetry = Telemetry.of(sdk.openTelemetry());
            String first = root(telemetry, 1);
            String second = root(telemetry, 5);
            String third = root(telemetry, 1);

            List<String> ids = traces.recent().stream().map(RecentTraces.Summary::traceId).toList();
            assertEquals(List.of(third, second), ids, "the first is dropped");
            assertEquals(3, traces.trace(second).size(), "5 ended, 3 kept");
            assertTrue(traces.trace(first).isEmpty());
            assertEquals(List.of("child", "child", "child"), traces.trace(second).stream().map(RecordedSpan::name)
                    .toList(), "children end first");
        }
        assertTrue(kept.recent().isEmpty());
    }

    @Test
    void noTracesKeptWhenTurnedOff() {
        try (KilnTelemetrySdk sdk = KilnTelemetrySdk.start(KilnConfig.of(Map.of(KilnTelemetrySdk.TRACES_KEY, "0")),
                "work-app")) {
            assertTrue(sdk.traces().isEmpty());
        }
    }

    // A root span with `children` children; its trace id.
    private static String root(Telemetry telemetry, int children) {
        Span root = telemetry.tracer().spanBuilder("root").startSpan();
        try (Scope ignored = root.makeCurrent()) {
            for (int i = 0; i < children; i++) {
                telemetry.tracer().spanBuilder("child").startSpan().end();
            }
        }
        root.end();
        return root.getSpanContext().getTraceId();
    }
}
