package dev.kiln.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Redis going away: fail-open by default, 503 when configured closed, never a 500; back to limiting after. */
class RedisFailureTest {

    @Test
    void failsOpenWhileRedisIsDownAndLimitsAgainWhenItIsBack() throws InterruptedException {
        try (TestRedis redis = TestRedis.start();
             KilnHandle app = LimitedApp.start(Map.of("kiln.ratelimit.store", "redis",
                     "kiln.ratelimit.redis.uri", redis.uri()))) {
            HttpResponse<String> limited = Http.get(app.uri(), "/hello");
            assertEquals(200, limited.statusCode());
            assertEquals("4", Http.header(limited, "RateLimit-Remaining"));

            redis.stopServer();
            for (int i = 0; i < 8; i++) {
                long start = System.nanoTime();
                HttpResponse<String> open = Http.get(app.uri(), "/hello");
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(200, open.statusCode(), "request " + i + " while Redis is down: " + open.body());
                assertEquals("hello", open.body());
                assertTrue(open.headers().firstValue("RateLimit-Remaining").isEmpty(), "unknown budget, no header");
                assertTrue(millis < 2000, "a down Redis must not stall requests; took " + millis + " ms");
            }

            redis.startServer();   // empty: the old buckets are gone with the server
            HttpResponse<String> back = awaitLimited(app);
            assertEquals(200, back.statusCode());
            assertEquals("4", Http.header(back, "RateLimit-Remaining"));
        }
    }

    @Test
    void failsClosedWith503WhenConfigured() {
        try (TestRedis redis = TestRedis.start();
             KilnHandle app = LimitedApp.start(Map.of("kiln.ratelimit.store", "redis",
                     "kiln.ratelimit.redis.uri", redis.uri(), "kiln.ratelimit.redis.fail-open", "false"))) {
            assertEquals(200, Http.get(app.uri(), "/hello").statusCode());
            redis.stopServer();
            HttpResponse<String> closed = Http.get(app.uri(), "/hello");
            assertEquals(503, closed.statusCode(), closed.body());
            assertEquals("application/problem+json", Http.header(closed, "Content-Type"));
            assertEquals("1", Http.header(closed, "Retry-After"));
            assertTrue(closed.body().contains("\"status\":503"), closed.body());
            assertTrue(closed.body().contains("\"instance\":\"/hello\""), closed.body());
        }
    }

    /** Lettuce reconnects in the background; poll until a request is counted by Redis again. */
    private static HttpResponse<String> awaitLimited(KilnHandle app) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            HttpResponse<String> response = Http.get(app.uri(), "/hello");
            assertEquals(200, response.statusCode());
            if (response.headers().firstValue("RateLimit-Remaining").isPresent()) {
                return response;
            }
            assertFalse(System.nanoTime() > deadline, "the limiter did not reconnect to Redis within 10 s");
            Thread.sleep(100);
        }
    }
}
