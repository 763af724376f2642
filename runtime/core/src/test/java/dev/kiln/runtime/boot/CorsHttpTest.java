package dev.kiln.runtime.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.http.Problem;
import dev.kiln.runtime.testapp.Http;
import dev.kiln.runtime.testapp.OrderService;
import dev.kiln.runtime.testapp.TestApps;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CORS from kiln.cors.*: preflights answered before routing, actual answers marked for allowed origins. */
class CorsHttpTest {
    private static final String SHOP = "https://shop.example";
    private static final Map<String, String> LISTED = Map.of(
            "kiln.cors.allowed-origins", SHOP + "/, https://admin.example",
            "kiln.cors.allowed-methods", "GET, POST, DELETE",
            "kiln.cors.allowed-headers", "Content-Type, X-Reason",
            "kiln.cors.allow-credentials", "true",
            "kiln.cors.max-age", "10m");

    private static HttpResponse<String> preflight(Http http, String path, String origin, String method, String headers) {
        return http.send(http.request(path, "Origin", origin, "Access-Control-Request-Method", method)
                .headers(headers == null ? new String[] {"X-Unused", "1"} : new String[] {"Access-Control-Request-Headers", headers})
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void anAllowedPreflightIs204WithTheGrantsThoughNoRouteServesOptions() {
        try (KilnHandle app = TestApps.start(new OrderService(), LISTED)) {
            HttpResponse<String> response = preflight(new Http(app.uri()), "/orders/7", SHOP, "DELETE", "x-reason, content-type");
            assertEquals(204, response.statusCode(), response.body());
            assertEquals(SHOP, header(response, "Access-Control-Allow-Origin"));
            assertEquals("GET, POST, DELETE", header(response, "Access-Control-Allow-Methods"));
            assertEquals("Content-Type, X-Reason", header(response, "Access-Control-Allow-Headers"));
            assertEquals("true", header(response, "Access-Control-Allow-Credentials"));
            assertEquals("600", header(response, "Access-Control-Max-Age"));
            assertTrue(header(response, "Vary").contains("Origin"), header(response, "Vary"));
            assertTrue(header(response, "X-Request-Id") != null);
            assertEquals("", response.body());
        }
    }

    @Test
    void aPreflightFromAnotherOriginOrForAnotherMethodOrHeaderIsA403Problem() {
        try (KilnHandle app = TestApps.start(new OrderService(), LISTED)) {
            Http http = new Http(app.uri());
            HttpResponse<String> origin = preflight(http, "/orders", "https://evil.example", "POST", null);
            assertEquals(403, origin.statusCode());
            assertEquals("CORS preflight refused: origin https://evil.example is not allowed", Http.problem(origin).detail());
            assertEquals(null, header(origin, "Access-Control-Allow-Origin"));
            assertTrue(header(origin, "Vary").contains("Origin"));

            Problem method = Http.problem(preflight(http, "/orders", SHOP, "PUT", null));
            assertEquals(403, method.status());
            assertEquals("CORS preflight refused: method PUT is not allowed; allowed: GET, POST, DELETE", method.detail());

            Problem header = Http.problem(preflight(http, "/orders", SHOP, "POST", "content-type, x-secret"));
            assertEquals(403, header.status());
            assertEquals("CORS preflight refused: header x-secret is not allowed; allowed: Content-Type, X-Reason",
                    header.detail());
        }
    }

    @Test
    void actualAnswersToAnAllowedOriginCarryTheCorsHeadersProblemsIncluded() {
        try (KilnHandle app = TestApps.start(new OrderService(), LISTED)) {
            Http http = new Http(app.uri());
            for (String path : List.of("/orders", "/orders/x", "/boom", "/nowhere")) {
                HttpResponse<String> response = http.get(path, "Origin", "https://ADMIN.example");
                assertEquals("https://ADMIN.example", header(response, "Access-Control-Allow-Origin"), path);
                assertEquals("true", header(response, "Access-Control-Allow-Credentials"), path);
                assertEquals("X-Request-Id", header(response, "Access-Control-Expose-Headers"), path);
                assertTrue(header(response, "Vary").contains("Origin"), path);
            }
        }
    }

    @Test
    void actualAnswersToOtherOriginsAndNonCorsRequestsCarryOnlyVary() {
        try (KilnHandle app = TestApps.start(new OrderService(), LISTED)) {
            Http http = new Http(app.uri());
            HttpResponse<String> other = http.get("/orders", "Origin", "https://evil.example");
            assertEquals(200, other.statusCode());
            assertEquals(null, header(other, "Access-Control-Allow-Origin"));
            assertEquals("Origin", header(other, "Vary"));
            HttpResponse<String> plain = http.get("/orders");
            assertEquals(200, plain.statusCode());
            assertEquals(null, header(plain, "Access-Control-Allow-Origin"));
            assertEquals("Origin", header(plain, "Vary"));
        }
    }

    @Test
    void anyOriginIsAStarWithTheDefaultMethodsAndRequestedHeaders() {
        try (KilnHandle app = TestApps.start(new OrderService(), Map.of("kiln.cors.allowed-origins", "*"))) {
            Http http = new Http(app.uri());
            HttpResponse<String> response = preflight(http, "/orders", "https://anyone.example", "PATCH", "X-Anything");
            assertEquals(204, response.statusCode());
            assertEquals("*", header(response, "Access-Control-Allow-Origin"));
            assertEquals("GET, HEAD, POST, PUT, PATCH, DELETE", header(response, "Access-Control-Allow-Methods"));
            assertEquals("X-Anything", header(response, "Access-Control-Allow-Headers"));
            assertEquals(null, header(response, "Access-Control-Allow-Credentials"));
            assertEquals("1800", header(response, "Access-Control-Max-Age"));

            HttpResponse<String> actual = http.get("/orders", "Origin", "https://anyone.example");
            assertEquals("*", header(actual, "Access-Control-Allow-Origin"));
            assertFalse(actual.headers().firstValue("Vary").isPresent());
        }
    }

    @Test
    void offWhenNotConfigured() {
        try (KilnHandle app = TestApps.start(new OrderService(), Map.of())) {
            HttpResponse<String> response = preflight(new Http(app.uri()), "/orders", SHOP, "POST", null);
            assertEquals(405, response.statusCode());
            assertEquals(null, header(response, "Access-Control-Allow-Origin"));
        }
    }

    @Test
    void anyOriginWithCredentialsFailsAtStartup() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestApps.start(new OrderService(),
                Map.of("kiln.cors.allowed-origins", "*", "kiln.cors.allow-credentials", "true")));
        assertTrue(e.getMessage().contains("kiln.cors.allowed-origins"), e.getMessage());
    }
}
