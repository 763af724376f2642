package dev.kiln.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.testapp.Http;
import dev.kiln.runtime.testapp.JsonObjects;
import dev.kiln.runtime.testapp.LogCapture;
import dev.kiln.runtime.testapp.OrderApiRouter;
import dev.kiln.runtime.testapp.OrderService;
import dev.kiln.runtime.testapp.TestApps;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * The access log: one record per request on the kiln.access logger, whose fields are written into its JSON line;
 * parsed back and checked field by field.
 */
class AccessLogHttpTest {
    private static final List<String> FIELDS =
            List.of("method", "route", "path", "status", "durationMs", "bytes", "requestId", "principal");

    /** What an authenticating filter does: records the caller's name for the access log. */
    private static final class HeaderUser implements KilnFilter {
        @Override
        public void filter(RouteDescriptor route, ServerRequest req, ServerResponse res, Next next) throws Exception {
            req.headers().first(HeaderNames.create("X-User")).ifPresent(name -> PrincipalNames.set(req, name));
            next.proceed(req, res);
        }
    }

    private static KilnHandle start(Map<String, String> settings) {
        return TestApps.builder(settings).filters(List.of(new HeaderUser()))
                .routers(List.of(new OrderApiRouter(new OrderService()))).start();
    }

    private static Map<String, Object> single(LogCapture log) throws InterruptedException {
        List<LogRecord> records = log.await(1, Duration.ofSeconds(5));
        assertEquals(1, records.size(), records.stream().map(LogRecord::getMessage).toList().toString());
        LogRecord record = records.getFirst();
        assertEquals(Level.INFO, record.getLevel());
        assertEquals(AccessLogFilter.LOGGER_NAME, record.getLoggerName());
        Map<String, Object> fields = JsonObjects.attributes(record);
        assertEquals(FIELDS, List.copyOf(fields.keySet()), fields.toString());
        return fields;
    }

    @Test
    void aMatchedRequestIsOneLineWithEveryField() throws Exception {
        try (KilnHandle app = start(Map.of("kiln.access-log.enabled", "true"));
             LogCapture log = LogCapture.of(AccessLogFilter.LOGGER_NAME)) {
            Http http = new Http(app.uri());
            HttpResponse<String> created = http.send("POST", "/orders", "application/json",
                    "{\"customer\":\"ada\",\"lines\":[],\"color\":\"RED\"}", "X-Request-Id", "acc-1", "X-User", "ada");
            assertEquals(201, created.statusCode(), created.body());

            Map<String, Object> line = single(log);
            assertEquals("POST", line.get("method"));
            assertEquals("/orders", line.get("route"));
            assertEquals("/orders", line.get("path"));
            assertEquals(201L, line.get("status"));
            assertInstanceOf(Double.class, line.get("durationMs"));
            assertTrue((Double) line.get("durationMs") >= 0.0, line.toString());
            long bodyBytes = created.body().getBytes(StandardCharsets.UTF_8).length;
            // The head is counted too: more than the body, less than body plus a generous head.
            long bytes = (Long) line.get("bytes");
            assertTrue(bytes > bodyBytes && bytes < bodyBytes + 400, bytes + " for a body of " + bodyBytes);
            assertEquals("acc-1", line.get("requestId"));
            assertEquals("ada", line.get("principal"));
            String message = log.records().getFirst().getMessage();
            assertTrue(message.matches("POST /orders 201 [0-9.]+ms " + bytes + "B principal=ada"), message);
        }
    }

    @Test
    void theRouteIsTheTemplateAndThePathTheRawPathWithoutQuery() throws Exception {
        try (KilnHandle app = start(Map.of("kiln.access-log.enabled", "true"));
             LogCapture log = LogCapture.of(AccessLogFilter.LOGGER_NAME)) {
            HttpResponse<String> response = new Http(app.uri()).get("/customers/a%20b/orders?limit=3");
            assertEquals(200, response.statusCode());
            Map<String, Object> line = single(log);
            assertEquals("/customers/{name}/orders", line.get("route"));
            assertEquals("/customers/a%20b/orders", line.get("path"));
            assertNull(line.get("principal"));
            String id = response.headers().firstValue("X-Request-Id").orElseThrow();
            assertEquals(id, line.get("requestId"));
        }
    }

    @Test
    void unmatchedAndFailedRequestsAreLoggedWithTheirProblemStatus() throws Exception {
        try (KilnHandle app = start(Map.of("kiln.access-log.enabled", "true"));
             LogCapture log = LogCapture.of(AccessLogFilter.LOGGER_NAME)) {
            Http http = new Http(app.uri());
            assertEquals(404, http.get("/nowhere?x=1").statusCode());
            Map<String, Object> notFound = single(log);
            assertNull(notFound.get("route"));
            assertEquals("/nowhere", notFound.get("path"));
            assertEquals(404L, notFound.get("status"));

            assertEquals(405, http.send("PATCH", "/orders/7", "application/json", "{}").statusCode());
            assertEquals(500, http.get("/boom").statusCode());
            assertEquals(400, http.get("/orders/x").statusCode());
            List<Map<String, Object>> lines = log.await(4, Duration.ofSeconds(5)).stream()
                    .map(JsonObjects::attributes).toList();
            assertEquals(4, lines.size());
            assertEquals(405L, lines.get(1).get("status"));
            assertNull(lines.get(1).get("route"));
            assertEquals(500L, lines.get(2).get("status"));
            assertEquals("/boom", lines.get(2).get("route"));
            assertEquals(400L, lines.get(3).get("status"));
            assertEquals("/orders/{id}", lines.get(3).get("route"));
        }
    }

    @Test
    void theDurationCoversTheHandlerAndValuesAreEscapedByTheGenerator() throws Exception {
        try (KilnHandle app = start(Map.of("kiln.access-log.enabled", "true"));
             LogCapture log = LogCapture.of(AccessLogFilter.LOGGER_NAME)) {
            String id = "quote\"and\\backslash";
            assertEquals(200, new Http(app.uri()).get("/slow?millis=120", "X-Request-Id", id, "X-User", "o'neil \"the\" user").statusCode());
            Map<String, Object> line = single(log);
            assertTrue((Double) line.get("durationMs") >= 120.0, line.toString());
            assertEquals(id, line.get("requestId"));
            assertEquals("o'neil \"the\" user", line.get("principal"));
        }
    }

    @Test
    void offByDefaultAndSilentWhenTheLoggerLevelIsAboveInfo() throws Exception {
        try (KilnHandle app = start(Map.of());
             LogCapture log = LogCapture.of(AccessLogFilter.LOGGER_NAME)) {
            assertEquals(200, new Http(app.uri()).get("/orders").statusCode());
            assertEquals(List.of(), log.await(1, Duration.ofMillis(300)));
        }
        try (KilnHandle app = start(Map.of("kiln.access-log.enabled", "true"));
             LogCapture log = LogCapture.of(AccessLogFilter.LOGGER_NAME, Level.WARNING)) {
            assertEquals(200, new Http(app.uri()).get("/orders").statusCode());
            assertEquals(List.of(), log.await(1, Duration.ofMillis(300)));
        }
    }
}
