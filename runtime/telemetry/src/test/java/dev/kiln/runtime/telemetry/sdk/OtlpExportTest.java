package dev.kiln.runtime.telemetry.sdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.runtime.telemetry.Telemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.logging.Level;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** OTLP export to a local collector stand-in, flushed when the application stops. */
class OtlpExportTest {

    @Test
    void httpProtobufByDefaultSendsTheSpansAndMetricsWhenTheApplicationStops() throws IOException {
        try (OtlpSink sink = new OtlpSink(); SdkLogs logs = new SdkLogs()) {
            KilnConfig config = TestApp.config(Map.of("otel.exporter.otlp.endpoint", sink.endpoint().toString()));
            KilnHandle app = TestApp.start(config, Telemetry.of(KilnTelemetrySdk.start(config, "work-app")));
            assertEquals(200, TestApp.get(app.uri(), "/work", null).statusCode());
            // The batch span processor waits 5 s and the metric reader 60 s: nothing has gone yet.
            assertEquals(0, sink.requests("/v1/traces"));

            app.close();

            assertEquals(1, sink.requests("/v1/traces"));
            assertTrue(sink.bytes("/v1/traces") > 0);
            assertEquals("application/x-protobuf", sink.contentType("/v1/traces"));
            assertTrue(sink.requests("/v1/metrics") >= 1);
            assertTrue(sink.bytes("/v1/metrics") > sink.bytes("/v1/traces"), "the JVM's metrics are in there");
            // One HTTP sender (the JDK's) was found, not the JDK's and OkHttp's.
            assertEquals("[]", logs.warnings().toString());
        }
    }

    /**
     * With export configured, java.util.logging's records go to the collector as OTLP logs, each in the context of
     * the span current where it was logged; without export, none (the handler is not installed).
     */
    @Test
    void logRecordsAreExportedWithTheirSpansContext() throws IOException {
        try (OtlpSink sink = new OtlpSink()) {
            KilnConfig config = TestApp.config(Map.of("otel.exporter.otlp.endpoint", sink.endpoint().toString(),
                    "kiln.telemetry.jvm.enabled", "false"));
            KilnTelemetrySdk sdk = KilnTelemetrySdk.start(config, "work-app");
            Span span = sdk.openTelemetry().getTracer("test").spanBuilder("work").startSpan();
            try (Scope ignored = span.makeCurrent()) {
                Logger.getLogger("com.example.Orders").log(Level.WARNING, "order {0} is late",
                        new IllegalStateException("feed stalled"));
            } finally {
                span.end();
            }
            sdk.close();
            Logger.getLogger("com.example.Orders").warning("after close");

            String logs = sink.bodies("/v1/logs");
            assertEquals(1, sink.requests("/v1/logs"), logs);
            assertTrue(logs.contains("order {0} is late") || logs.contains("order "), logs);
            assertTrue(logs.contains("com.example.Orders"), "the logger as the scope");
            assertTrue(logs.contains("java.lang.IllegalStateException") && logs.contains("feed stalled"), logs);
            assertTrue(logs.contains("WARNING"), logs);
            assertTrue(logs.contains(new String(span.getSpanContext().getTraceIdBytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)), "the span's trace id, as bytes");
            assertTrue(!logs.contains("after close"), "the handler left with the SDK");
        }
        try (OtlpSink sink = new OtlpSink();
             KilnTelemetrySdk sdk = KilnTelemetrySdk.start(TestApp.config(Map.of("kiln.telemetry.jvm.enabled", "false")),
                     "work-app")) {
            Logger.getLogger("com.example.Orders").warning("not exported");
            assertEquals(0, sink.requests("/v1/logs"));
        }
    }

    /** A start that fails closes the SDK too: what the failed start recorded still reaches the collector. */
    @Test
    void aFailedStartFlushesWhatItRecorded() throws IOException {
        try (OtlpSink sink = new OtlpSink()) {
            KilnConfig config = TestApp.config(Map.of("otel.exporter.otlp.endpoint", sink.endpoint().toString(),
                    "kiln.telemetry.jvm.enabled", "false"));
            Telemetry telemetry = Telemetry.of(KilnTelemetrySdk.start(config, "work-app"));
            Lifecycle broken = new Lifecycle() {
                @Override
                public void start() {
                    telemetry.tracer().spanBuilder("start").startSpan().end();
                    throw new IllegalStateException("no feed");
                }
            };

            assertThrows(IllegalStateException.class, () -> KilnBoot.builder(config, TestApp.DESCRIPTOR)
                    .telemetry(telemetry).lifecycle(List.of(broken)).start());

            assertEquals(1, sink.requests("/v1/traces"));
        }
    }

    /**
     * A gRPC export reaches the endpoint: the collector stand-in reads the HTTP/2 connection preface that gRPC over
     * cleartext (prior knowledge) starts with, then hangs up; the export fails, as it must without a real collector.
     */
    @Test
    void grpcOpensAnHttp2ConnectionToTheEndpoint() throws Exception {
        try (ServerSocket collector = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<byte[]> preface = CompletableFuture.supplyAsync(() -> {
                try (Socket socket = collector.accept(); InputStream in = socket.getInputStream()) {
                    return in.readNBytes(24);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            KilnConfig config = KilnConfig.of(Map.of("otel.exporter.otlp.endpoint",
                    "http://127.0.0.1:" + collector.getLocalPort(), "otel.exporter.otlp.protocol", "grpc",
                    "otel.exporter.otlp.timeout", "2000", "kiln.telemetry.jvm.enabled", "false"));
            KilnTelemetrySdk sdk = KilnTelemetrySdk.start(config, "work-app");
            sdk.openTelemetry().getTracer("test").spanBuilder("work").startSpan().end();

            sdk.close();

            assertArrayEquals("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                    preface.get(10, TimeUnit.SECONDS));
        }
    }
}
