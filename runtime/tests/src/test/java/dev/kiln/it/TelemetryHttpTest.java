package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.log.KilnLogFormatter;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated application's HTTP telemetry over real HTTP, with an OpenTelemetry SDK whose exporters are in
 * memory (bound by the test application's module): SERVER spans per route with their semantic-convention
 * attributes, the parent from {@code traceparent}, CLIENT spans of the typed client and the called route's span as
 * their child, a 500's error group under the span's trace id, the context and request id on another thread, and
 * the duration histograms' bounded cardinality.
 */
class TelemetryHttpTest {
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT_ID = "00f067aa0ba902b7";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-" + PARENT_ID + "-01";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private InMemorySpanExporter spans;
    private InMemoryMetricReader metrics;

    @BeforeEach
    void bindAnSdk() {
        spans = InMemorySpanExporter.create();
        metrics = InMemoryMetricReader.create();
        TestTelemetry.use(OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build());
    }

    @AfterEach
    void unbind() {
        TestTelemetry.use(OpenTelemetry.noop());
    }

    @Test
    void aRouteIsOneServerSpanNamedByItsTemplateUnderTheCallersTrace() throws Exception {
        try (KilnHandle app = TestServer.start()) {
            HttpResponse<String> answer = get(app, "/traced/items/7", "traceparent", TRACEPARENT);
            assertEquals(200, answer.statusCode());

            SpanData span = await("GET /traced/items/{id}");
            assertEquals(SpanKind.SERVER, span.getKind());
            assertEquals(TRACE_ID, span.getTraceId());
            assertEquals(PARENT_ID, span.getParentSpanId());
            Attributes attributes = span.getAttributes();
            assertEquals("GET", attributes.get(AttributeKey.stringKey("http.request.method")));
            assertEquals("/traced/items/{id}", attributes.get(AttributeKey.stringKey("http.route")));
            assertEquals("/traced/items/7", attributes.get(AttributeKey.stringKey("url.path")));
            assertEquals("http", attributes.get(AttributeKey.stringKey("url.scheme")));
            assertEquals("localhost", attributes.get(AttributeKey.stringKey("server.address")));
            assertEquals(app.uri().getPort(), attributes.get(AttributeKey.longKey("server.port")));
            assertEquals("127.0.0.1", attributes.get(AttributeKey.stringKey("client.address")));
            assertEquals(200L, attributes.get(AttributeKey.longKey("http.response.status_code")));
            assertNull(attributes.get(AttributeKey.stringKey("error.type")));
            assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
        }
    }

    @Test
    void anUnmatchedRequestIsASpanNamedByItsMethodWithoutRoute() throws Exception {
        try (KilnHandle app = TestServer.start()) {
            assertEquals(404, get(app, "/nowhere/at/all").statusCode());

            SpanData span = await("GET");
            assertEquals(SpanKind.SERVER, span.getKind());
            assertNull(span.getAttributes().get(AttributeKey.stringKey("http.route")));
            assertEquals(404L, span.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
            assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode(), "a 4xx is no server error");
        }
    }

    @Test
    void a500IsAnErrorSpanAndItsErrorGroupCarriesTheSpansTraceId() throws Exception {
        try (KilnHandle app = TestServer.start()) {
            HttpResponse<String> failed = get(app, "/traced/fail");
            assertEquals(500, failed.statusCode());
            String errorId = (String) JsonTree.object(failed.body()).get("errorId");

            SpanData span = await("GET /traced/fail");
            assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
            assertEquals("java.lang.IllegalStateException", span.getAttributes().get(AttributeKey.stringKey("error.type")));
            assertEquals(500L, span.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
            assertTrue(span.getEvents().stream().anyMatch(e -> e.getName().equals("exception")), "exception event");

            HttpResponse<String> groups = get(app, "/kiln/errors?errorId=" + errorId);
            Object group = JsonTree.at(JsonTree.parse(groups.body()), "groups", 0);
            assertEquals(span.getTraceId(), JsonTree.at(group, "traceId"), groups.body());
        }
    }

    @Test
    void aTypedClientCallIsAClientSpanAndTheCalledRouteItsChildInOneTrace() throws Exception {
        try (KilnHandle app = TestServer.start()) {
            HttpResponse<String> answer = get(app, "/traced/relay/5", "traceparent", TRACEPARENT);
            assertEquals("relayed item 5", answer.body());

            // This request's trace only: a span another test's server ends late may still arrive in the exporter.
            SpanData relay = await(s -> inTrace(s, "GET /traced/relay/{id}"), "the relay's span");
            SpanData client = await(s -> s.getKind() == SpanKind.CLIENT && s.getTraceId().equals(TRACE_ID),
                    "the client span");
            SpanData item = await(s -> inTrace(s, "GET /traced/items/{id}") && s.getKind() == SpanKind.SERVER,
                    "the called route's span");
            assertEquals("GET /traced/items/{id}", client.getName());
            assertEquals(TRACE_ID, relay.getTraceId());
            assertEquals(TRACE_ID, client.getTraceId());
            assertEquals(TRACE_ID, item.getTraceId());
            assertEquals(relay.getSpanId(), client.getParentSpanId());
            assertEquals(client.getSpanId(), item.getParentSpanId());
            Attributes attributes = client.getAttributes();
            assertEquals("GET", attributes.get(AttributeKey.stringKey("http.request.method")));
            assertEquals("localhost", attributes.get(AttributeKey.stringKey("server.address")));
            assertEquals(app.uri().getPort(), attributes.get(AttributeKey.longKey("server.port")));
            assertEquals(app.uri() + "/traced/items/5", attributes.get(AttributeKey.stringKey("url.full")));
            assertEquals("/traced/items/{id}", attributes.get(AttributeKey.stringKey("url.template")));
            assertEquals(200L, attributes.get(AttributeKey.longKey("http.response.status_code")));
            assertNull(attributes.get(AttributeKey.longKey("http.request.resend_count")));

            assertTrue(histogram("http.client.request.duration").stream().anyMatch(point ->
                    point.getAttributes().get(AttributeKey.longKey("http.response.status_code")) == 200L
                            && "localhost".equals(point.getAttributes().get(AttributeKey.stringKey("server.address")))));
        }
    }

    @Test
    void theContextAndTheRequestIdCrossToAnotherThread() throws Exception {
        try (KilnHandle app = TestServer.start()) {
            HttpResponse<String> answer = get(app, "/traced/hop", "X-Request-Id", "hop-42");

            SpanData span = await("GET /traced/hop");
            assertEquals("hop-42 " + span.getTraceId(), answer.body());
        }
    }

    @Test
    void tenThousandRandomPathsAddOneSeriesForUnmatchedRequests() throws Exception {
        try (KilnHandle app = TestServer.start()) {
            assertEquals(200, get(app, "/traced/items/1").statusCode());
            for (int i = 0; i < 10_000; i++) {
                assertEquals(404, get(app, "/random/" + UUID.randomUUID()).statusCode());
            }
            assertEquals(200, get(app, "/traced/items/2").statusCode());
            // Measured before its span ends: once the last span is there, so are all the measurements.
            await(s -> "/traced/items/2".equals(s.getAttributes().get(AttributeKey.stringKey("url.path"))), "the last");

            List<HistogramPointData> points = histogram("http.server.request.duration");
            List<HistogramPointData> unmatched = points.stream()
                    .filter(p -> p.getAttributes().get(AttributeKey.stringKey("http.route")) == null).toList();
            assertEquals(1, unmatched.size(), () -> describe(points));
            assertEquals(10_000, unmatched.getFirst().getCount());
            assertEquals(Map.of(AttributeKey.stringKey("http.request.method"), "GET",
                    AttributeKey.longKey("http.response.status_code"), 404L), unmatched.getFirst().getAttributes().asMap());
            HistogramPointData items = points.stream().filter(p ->
                    "/traced/items/{id}".equals(p.getAttributes().get(AttributeKey.stringKey("http.route")))).findFirst()
                    .orElseThrow();
            assertEquals(2, items.getCount(), "both requests of the route in one series");
        }
    }

    @Test
    void refusalsAreSpanEventsAndCountedPerRoute() throws Exception {
        try (KilnHandle app = TestServer.start(SecureConfig.values())) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, get(app, "/secure/limited").statusCode());
            }
            assertEquals(429, get(app, "/secure/limited").statusCode());
            assertEquals(401, get(app, "/secure/admin").statusCode());
            // Counted before the span ends: awaiting the spans is awaiting the counts.

            SpanData refused = await(s -> s.getName().equals("GET /secure/limited")
                    && Long.valueOf(429).equals(s.getAttributes().get(AttributeKey.longKey("http.response.status_code"))),
                    "the 429's span");
            assertTrue(refused.getEvents().stream().anyMatch(e -> e.getName().equals("kiln.ratelimit.refused")));
            SpanData anonymous = await("GET /secure/admin");
            assertTrue(anonymous.getEvents().stream().anyMatch(e -> e.getName().equals("kiln.security.refused")));

            assertEquals(1L, counter("kiln.ratelimit.refusals", "/secure/limited"));
            assertEquals(1L, counter("kiln.security.refusals", "/secure/admin"));
        }
    }

    @Test
    void aJsonLogLineOfTheRequestCarriesItsSpansTraceAndSpanIds() throws Exception {
        try (KilnHandle app = TestServer.start(Map.of("kiln.log.format", "json", "kiln.access-log.enabled", "true"))) {
            Queue<String> lines = new ConcurrentLinkedQueue<>();
            // The formatter kiln.log.format put on the console handler, writing into the queue as the request logs.
            Formatter json = Arrays.stream(Logger.getLogger("").getHandlers())
                    .map(Handler::getFormatter).filter(KilnLogFormatter.class::isInstance).findFirst().orElseThrow();
            Handler capture = new Handler() {
                @Override
                public void publish(LogRecord record) {
                    lines.add(json.format(record));
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
            Logger.getLogger("").addHandler(capture);
            try {
                assertEquals(200, get(app, "/traced/items/3", "traceparent", TRACEPARENT, "X-Request-Id", "log-3")
                        .statusCode());
                SpanData span = await("GET /traced/items/{id}");

                Map<String, Object> line = lines.stream().map(JsonTree::object)
                        .filter(l -> "serving item 3".equals(l.get("message"))).findFirst().orElseThrow();
                assertEquals(TRACE_ID, line.get("trace_id"));
                assertEquals(span.getSpanId(), line.get("span_id"));
                assertEquals("log-3", line.get("request_id"));
                Map<String, Object> access = lines.stream().map(JsonTree::object)
                        .filter(l -> "kiln.access".equals(l.get("logger"))).findFirst().orElseThrow();
                assertEquals(TRACE_ID, access.get("trace_id"), "the access log line is written inside the span");
            } finally {
                Logger.getLogger("").removeHandler(capture);
            }
        }
    }

    private HttpResponse<String> get(KilnHandle app, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.uri() + path)).timeout(WAIT);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean inTrace(SpanData span, String name) {
        return span.getName().equals(name) && span.getTraceId().equals(TRACE_ID);
    }

    private SpanData await(String name) {
        return await(span -> span.getName().equals(name), name);
    }

    /** The first finished span that matches: a span ends just after its answer is sent, so it may come a bit later. */
    private SpanData await(Predicate<SpanData> matches, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (SpanData span : spans.getFinishedSpanItems()) {
                if (matches.test(span)) {
                    return span;
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("No span " + what + " among " + spans.getFinishedSpanItems().stream()
                .map(SpanData::getName).distinct().collect(Collectors.joining(", ")));
    }

    private List<HistogramPointData> histogram(String name) {
        for (MetricData metric : metrics.collectAllMetrics()) {
            if (metric.getName().equals(name)) {
                return List.copyOf(metric.getHistogramData().getPoints());
            }
        }
        return List.of();
    }

    private long counter(String name, String route) {
        for (MetricData metric : metrics.collectAllMetrics()) {
            if (metric.getName().equals(name)) {
                for (LongPointData point : metric.getLongSumData().getPoints()) {
                    if (route.equals(point.getAttributes().get(AttributeKey.stringKey("http.route")))) {
                        return point.getValue();
                    }
                }
            }
        }
        return 0;
    }

    private static String describe(List<HistogramPointData> points) {
        return points.stream().map(p -> p.getAttributes() + "=" + p.getCount()).collect(Collectors.joining("\n"));
    }
}
