package dev.kiln.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.bench.baseline.BaselineServer;
import dev.kiln.bench.kiln.KilnBenchApp;
import dev.kiln.bench.model.BenchData;
import dev.kiln.bench.secure.BenchSecurity;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import io.helidon.webserver.WebServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP benchmark compares like with like only if both servers give the same answers: same status, same
 * content type, same bytes, for exactly the requests the scripts send. No timing here.
 */
class BenchServersSmokeTest {
    /** The requests http.sh sends (the POST body is order.json). */
    static final List<String> GETS = List.of("/hello", "/items/42?q=kiln&limit=20", "/items/7?q=default");

    private static KilnHandle kiln;
    private static WebServer baseline;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        kiln = KilnBenchApp.start(KilnConfig.load("--server.port=0"));
        baseline = BaselineServer.start(0);
    }

    @AfterAll
    static void stop() {
        if (kiln != null) {
            kiln.close();
        }
        if (baseline != null) {
            baseline.stop();
        }
    }

    @Test
    void getsAnswerTheSameBytes() throws Exception {
        for (String path : GETS) {
            HttpResponse<byte[]> fromKiln = send(kiln.port(), HttpRequest.newBuilder().GET(), path);
            HttpResponse<byte[]> fromBaseline = send(baseline.port(), HttpRequest.newBuilder().GET(), path);
            assertSame(path, fromKiln, fromBaseline);
        }
    }

    @Test
    void orderPostAnswersTheSameBytes() throws Exception {
        HttpResponse<byte[]> fromKiln = send(kiln.port(), post(), "/orders");
        HttpResponse<byte[]> fromBaseline = send(baseline.port(), post(), "/orders");
        assertSame("/orders", fromKiln, fromBaseline);
        String body = new String(fromKiln.body(), StandardCharsets.UTF_8);
        assertEquals("{\"customer\":\"ada.lovelace@example.com\",\"lineCount\":4,\"totalQuantity\":16,"
                + "\"total\":278.80,\"priority\":\"EXPRESS\",\"placedAt\":\"2026-11-25T10:15:30Z\","
                + "\"note\":\"Leave at the back door, please\"}", body);
    }

    @Test
    void bothRejectAMissingRequiredQueryParameter() throws Exception {
        assertEquals(400, send(kiln.port(), HttpRequest.newBuilder().GET(), "/items/1").statusCode());
        assertEquals(400, send(baseline.port(), HttpRequest.newBuilder().GET(), "/items/1").statusCode());
    }

    @Test
    void secureOrderPostAnswersTheSameBytesWithAValidToken() throws Exception {
        String token = BenchSecurity.token(Duration.ofMinutes(5));
        HttpResponse<byte[]> fromKiln = send(kiln.port(), securePost(token), "/secure/orders");
        HttpResponse<byte[]> fromBaseline = send(baseline.port(), securePost(token), "/secure/orders");
        assertSame("/secure/orders", fromKiln, fromBaseline);
    }

    @Test
    void bothRefuseTheSecureRouteWithoutAValidTokenOrBody() throws Exception {
        for (int port : new int[] {kiln.port(), baseline.port()}) {
            assertEquals(401, send(port, post(), "/secure/orders").statusCode(), "no token, port " + port);
            assertEquals(401, send(port, securePost("not.a.jwt"), "/secure/orders").statusCode(), "junk, port " + port);
            String invalid = new String(BenchData.ORDER_JSON, StandardCharsets.UTF_8).replace("\"quantity\":2", "\"quantity\":0");
            HttpResponse<byte[]> refused = send(port, HttpRequest.newBuilder()
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + BenchSecurity.token(Duration.ofMinutes(5)))
                    .POST(HttpRequest.BodyPublishers.ofString(invalid)), "/secure/orders");
            assertEquals(400, refused.statusCode(), "quantity 0, port " + port);
        }
    }

    private static HttpRequest.Builder securePost(String token) {
        return post().header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.Builder post() {
        return HttpRequest.newBuilder()
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(BenchData.ORDER_JSON));
    }

    private static void assertSame(String what, HttpResponse<byte[]> kiln, HttpResponse<byte[]> baseline) {
        assertEquals(200, kiln.statusCode(), what + " from Kiln");
        assertEquals(baseline.statusCode(), kiln.statusCode(), what + ": status");
        assertEquals(baseline.headers().firstValue("Content-Type"), kiln.headers().firstValue("Content-Type"),
                what + ": content type");
        String kilnBody = new String(kiln.body(), StandardCharsets.UTF_8);
        assertTrue(kilnBody.startsWith("{"), what + ": " + kilnBody);
        assertEquals(new String(baseline.body(), StandardCharsets.UTF_8), kilnBody, what + ": body");
    }

    private static HttpResponse<byte[]> send(int port, HttpRequest.Builder request, String path)
            throws IOException, InterruptedException {
        return CLIENT.send(request.uri(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
