package dev.kiln.runtime.telemetry.sdk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.telemetry.Telemetry;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A client that hangs up mid-request is counted on {@code kiln.http.server.aborted}, not as a 5xx. */
class AbortedRequestsMetricTest {
    @Test
    void aClientThatHangsUpMidHeadersIsCountedAsAborted() throws Exception {
        KilnConfig config = TestApp.config(Map.of());
        try (KilnHandle app = TestApp.start(config, Telemetry.of(KilnTelemetrySdk.start(config, "work-app")))) {
            try (Socket socket = new Socket(app.uri().getHost(), app.uri().getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write("GET /work HTTP/1.1\r\nHost: x\r\nX-Half: ".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            String expected = "kiln_http_server_aborted_total{otel_scope_name=\"dev.kiln\",reason=\"closed\"} 1";
            long end = System.nanoTime() + 10_000_000_000L;
            String body = "";
            while (System.nanoTime() < end && !body.contains(expected)) {
                body = TestApp.get(app.uri(), "/metrics", null).body();
                if (!body.contains(expected)) {
                    Thread.sleep(20);   // the server counts on the connection's thread, after the client is gone
                }
            }
            assertTrue(body.contains(expected), body);
            String metrics = body;
            assertTrue(metrics.lines().noneMatch(line -> line.startsWith("http_server_request_duration_seconds_count{")
                    && line.contains("http_response_status_code=\"5")), "no 5xx recorded: " + metrics);
        }
    }
}
