package dev.kiln.runtime.telemetry.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.telemetry.Telemetry;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} on the application's port, through real HTTP, with the SDK's and the JVM's series. */
class MetricsHttpTest {
    private static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    @Test
    void prometheusTextByDefaultWithTheRecordedHistogramAndTheJvmAndTheBootsStates() {
        KilnConfig config = TestApp.config(Map.of());
        try (KilnHandle app = TestApp.start(config, Telemetry.of(KilnTelemetrySdk.start(config, "work-app")))) {
            assertEquals(200, TestApp.get(app.uri(), "/work", null).statusCode());

            HttpResponse<String> metrics = TestApp.get(app.uri(), "/metrics", null);

            assertEquals(200, metrics.statusCode());
            assertEquals("text/plain; version=0.0.4; charset=utf-8", metrics.headers().firstValue("Content-Type")
                    .orElseThrow());
            assertEquals("no-store", metrics.headers().firstValue("Cache-Control").orElseThrow());
            String body = metrics.body();
            assertTrue(body.contains("# TYPE http_server_request_duration_seconds histogram"), body);
            assertTrue(body.lines().anyMatch(line -> line.startsWith("http_server_request_duration_seconds_count{")
                    && line.contains("http_route=\"/work\"") && line.endsWith(" 1")), body);
            assertTrue(body.contains("http_server_request_duration_seconds_bucket{http_request_method=\"GET\","
                    + "http_response_status_code=\"200\",http_route=\"/work\",otel_scope_name=\"dev.kiln\","
                    + "le=\"10.0\"} 1"), body);
            assertTrue(body.contains("jvm_memory_used_bytes{"), body);
            assertTrue(body.contains("jvm_memory_used_after_last_gc_bytes{"), body);
            assertTrue(body.contains("jvm_thread_count{"), body);
            assertTrue(body.contains("jvm_cpu_time_seconds_total"), body);
            if (Runtime.version().feature() >= 24) {   // the virtual-thread scheduler's MBean (JDK 24+)
                assertTrue(body.contains("jvm_thread_virtual_mounted{"), body);
                assertTrue(body.contains("jvm_thread_virtual_queued{"), body);
                assertTrue(body.lines().anyMatch(line -> line.startsWith("jvm_thread_virtual_carriers{")
                        && !line.endsWith(" 0")), body);
            }
            assertTrue(body.contains("kiln_health_status{check=\"deadlocks\""), body);
            assertTrue(body.lines().anyMatch(line -> line.startsWith("kiln_registry_instances{")
                    && line.contains("service=\"work\"") && line.contains("status=\"UP\"") && line.endsWith(" 1.0")),
                    body);
            assertTrue(body.contains("kiln_lifecycle_component_state{component=\"Worker\",otel_scope_name=\"dev.kiln\","
                    + "state=\"RUNNING\"} 1.0"), body);
            assertTrue(body.contains("kiln_lifecycle_component_state{component=\"Worker\",otel_scope_name=\"dev.kiln\","
                    + "state=\"FAILED\"} 0.0"), body);
            assertTrue(body.contains("target_info{"), body);
            assertTrue(body.contains("service_name=\"work-app\""), body);
        }
    }

    @Test
    void openMetricsWhenTheScraperAsksForIt() {
        KilnConfig config = TestApp.config(Map.of());
        try (KilnHandle app = TestApp.start(config, Telemetry.of(KilnTelemetrySdk.start(config, "work-app")))) {
            TestApp.get(app.uri(), "/work", null);

            HttpResponse<String> metrics = TestApp.get(app.uri(), "/metrics",
                    "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1");

            assertEquals(200, metrics.statusCode());
            assertEquals(OPEN_METRICS, metrics.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(metrics.body().contains("# UNIT http_server_request_duration_seconds seconds"), metrics.body());
            assertTrue(metrics.body().endsWith("# EOF\n"), metrics.body());
        }
    }

    @Test
    void noMetricsRouteWithoutTheSdk() {
        try (KilnHandle app = TestApp.start(TestApp.config(Map.of()), Telemetry.noop())) {
            assertEquals(404, TestApp.get(app.uri(), "/metrics", null).statusCode());
        }
    }
}
