package dev.kiln.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real HTTP against KilnBoot servers on free ports, with a router of the shape the processor generates. */
class RateLimitHttpTest {

    @Test
    void twoServersShareOneLimitThroughRedis() {
        try (TestRedis redis = TestRedis.start()) {
            Map<String, String> settings = Map.of("kiln.ratelimit.store", "redis", "kiln.ratelimit.redis.uri", redis.uri());
            try (KilnHandle a = LimitedApp.start(settings); KilnHandle b = LimitedApp.start(settings)) {
                assertNotEquals(a.port(), b.port());
                URI[] servers = {a.uri(), b.uri(), a.uri(), b.uri(), a.uri()};
                for (int i = 0; i < 5; i++) {
                    HttpResponse<String> ok = Http.get(servers[i], "/hello");
                    assertEquals(200, ok.statusCode(), ok.body());
                    assertEquals("hello", ok.body());
                    assertEquals("5", Http.header(ok, "RateLimit-Limit"));
                    assertEquals(Integer.toString(4 - i), Http.header(ok, "RateLimit-Remaining"));
                    assertEquals(Integer.toString(2 * (i + 1)), Http.header(ok, "RateLimit-Reset"));
                }

                HttpResponse<String> limited = Http.get(b.uri(), "/hello");
                assertTooManyRequests(limited);
                assertTooManyRequests(Http.get(a.uri(), "/hello"));
                assertEquals(1, redis.inspect().keys("kiln:rl:Limited.hello:*").size(), "one bucket for both servers");
            }
        }
    }

    @Test
    void inMemoryEachServerCountsAloneAndTheLimitHoldsOverHttp() {
        try (KilnHandle app = LimitedApp.start(Map.of())) {
            for (int i = 0; i < 5; i++) {
                assertEquals(200, Http.get(app.uri(), "/hello").statusCode());
            }
            assertTooManyRequests(Http.get(app.uri(), "/hello"));
            // A client cannot buy a new budget by sending X-Forwarded-For when it is not trusted.
            assertTooManyRequests(Http.get(app.uri(), "/hello", "X-Forwarded-For", "198.51.100.9"));
        }
    }

    @Test
    void forwardedClientsHaveBudgetsOfTheirOwnWhenTrusted() {
        try (KilnHandle app = LimitedApp.start(Map.of("kiln.ratelimit.trust-forwarded", "true"))) {
            for (int i = 0; i < 5; i++) {
                assertEquals(200, Http.get(app.uri(), "/hello", "X-Forwarded-For", "203.0.113.1").statusCode());
            }
            assertTooManyRequests(Http.get(app.uri(), "/hello", "X-Forwarded-For", "203.0.113.1"));
            // What the client wrote left of the proxy's entry does not change its key.
            assertTooManyRequests(Http.get(app.uri(), "/hello", "X-Forwarded-For", "10.9.9.9, 203.0.113.1"));
            HttpResponse<String> other = Http.get(app.uri(), "/hello", "X-Forwarded-For", "203.0.113.2");
            assertEquals(200, other.statusCode());
            assertEquals("4", Http.header(other, "RateLimit-Remaining"));
        }
    }

    @Test
    void keysComeFromThePeerTheForwardedHopsAndThePrincipal() {
        try (KilnHandle direct = LimitedApp.start(Map.of());
             KilnHandle proxied = LimitedApp.start(Map.of("kiln.ratelimit.trust-forwarded", "true",
                     "kiln.ratelimit.forwarded-hops", "2"))) {
            assertEquals("ip:127.0.0.1 ip:127.0.0.1", Http.get(direct.uri(), "/key").body());
            assertEquals("ip:127.0.0.1 user:ada", Http.get(direct.uri(), "/key", "X-User", "ada").body());
            assertEquals("ip:127.0.0.1 ip:127.0.0.1",
                    Http.get(direct.uri(), "/key", "X-Forwarded-For", "203.0.113.1").body());
            assertEquals("ip:203.0.113.7 ip:203.0.113.7",
                    Http.get(proxied.uri(), "/key", "X-Forwarded-For", "6.6.6.6, 203.0.113.7, 10.0.0.2").body());
            assertEquals("ip:203.0.113.7 user:ada", Http.get(proxied.uri(), "/key",
                    "X-Forwarded-For", "6.6.6.6", "X-Forwarded-For", "203.0.113.7", "X-Forwarded-For", "10.0.0.2",
                    "X-User", "ada").body());
            assertEquals("ip:127.0.0.1 ip:127.0.0.1", Http.get(proxied.uri(), "/key").body(),
                    "no header: the peer address");
        }
    }

    /** The (N+1)th request: 429 problem+json with Retry-After and the RateLimit headers. */
    private static void assertTooManyRequests(HttpResponse<String> response) {
        assertEquals(429, response.statusCode(), response.body());
        assertEquals("application/problem+json", Http.header(response, "Content-Type"));
        assertEquals("2", Http.header(response, "Retry-After"), "a permit comes back every 10 s / 5");
        assertEquals("5", Http.header(response, "RateLimit-Limit"));
        assertEquals("0", Http.header(response, "RateLimit-Remaining"));
        assertEquals("10", Http.header(response, "RateLimit-Reset"));
        String body = response.body();
        assertTrue(body.contains("\"status\":429"), body);
        assertTrue(body.contains("\"title\":\"Too Many Requests\""), body);
        assertTrue(body.contains("\"instance\":\"/hello\""), body);
        assertTrue(body.contains("retry in 2 s"), body);
    }
}
