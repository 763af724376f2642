package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.ratelimit.TestRedis;
import dev.kiln.runtime.security.Tokens;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated rate limits of {@link SecureApi} over real HTTP: the permit after the last is a 429 problem
 * with {@code Retry-After} and {@code RateLimit-*}; budgets per address, per principal and global; and one
 * budget shared by two instances through a real Redis.
 */
class RateLimitHttpTest {

    @Test
    void theRequestAfterTheBudgetIsA429WithRetryAfterAndRateLimitHeaders() {
        try (KilnHandle app = TestServer.start(SecureConfig.values())) {
            RawHttp http = new RawHttp(app.uri());
            for (int remaining = 2; remaining >= 0; remaining--) {
                HttpResponse<String> allowed = http.get("/secure/limited");
                assertEquals(200, allowed.statusCode(), allowed.body());
                assertEquals("limited", allowed.body());
                assertEquals("3", header(allowed, "RateLimit-Limit"));
                assertEquals(String.valueOf(remaining), header(allowed, "RateLimit-Remaining"));
            }

            HttpResponse<String> denied = http.get("/secure/limited");

            Map<String, Object> problem = RawHttp.problem(denied, 429);
            assertTrue(RawHttp.detail(problem).startsWith("Too many requests"), denied.body());
            long retryAfter = Long.parseLong(header(denied, "Retry-After"));
            assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
            assertEquals("3", header(denied, "RateLimit-Limit"));
            assertEquals("0", header(denied, "RateLimit-Remaining"));
            assertTrue(Long.parseLong(header(denied, "RateLimit-Reset")) > 0);
            // Each route has its own budget: the interface's other routes are untouched.
            assertEquals(200, http.get("/secure/public").statusCode());
        }
    }

    @Test
    void aPerPrincipalLimitGivesEachUserABudgetAndChecksTheRuleFirst() {
        try (KilnHandle app = TestServer.start(SecureConfig.values())) {
            RawHttp http = new RawHttp(app.uri());
            String ada = "Bearer " + Tokens.signed(Tokens.admin());
            String bob = "Bearer " + Tokens.signed(Tokens.reader());
            // Anonymous requests are refused by the rule before they spend a permit.
            for (int i = 0; i < 3; i++) {
                RawHttp.problem(http.get("/secure/limited-per-user"), 401);
            }
            assertEquals("limited for ada", http.get("/secure/limited-per-user", "Authorization", ada).body());
            assertEquals(200, http.get("/secure/limited-per-user", "Authorization", ada).statusCode());
            RawHttp.problem(http.get("/secure/limited-per-user", "Authorization", ada), 429);

            HttpResponse<String> other = http.get("/secure/limited-per-user", "Authorization", bob);
            assertEquals("limited for bob", other.body());
            assertEquals("1", header(other, "RateLimit-Remaining"));
        }
    }

    @Test
    void aGlobalLimitIsOneBudgetForEveryone() {
        try (KilnHandle app = TestServer.start(SecureConfig.values())) {
            RawHttp http = new RawHttp(app.uri());
            assertEquals(200, http.get("/secure/limited-global").statusCode());
            assertEquals(200, http.get("/secure/limited-global", "Authorization", "Bearer " + Tokens.signed(Tokens.admin())).statusCode());

            RawHttp.problem(http.get("/secure/limited-global", "Authorization", "Bearer " + Tokens.signed(Tokens.reader())), 429);
        }
    }

    @Test
    void twoInstancesShareOneBudgetThroughRedisAndCloseTheirConnections() {
        try (TestRedis redis = TestRedis.start()) {
            Map<String, String> config = SecureConfig.with(Map.of(
                    "kiln.ratelimit.store", "redis",
                    "kiln.ratelimit.redis.uri", redis.uri()));
            long clientsBefore = connectedClients(redis);
            try (KilnHandle first = TestServer.start(config); KilnHandle second = TestServer.start(config)) {
                RawHttp one = new RawHttp(first.uri());
                RawHttp two = new RawHttp(second.uri());
                assertEquals(2, connectedClients(redis) - clientsBefore, "one connection per instance");

                assertEquals("2", header(one.get("/secure/limited"), "RateLimit-Remaining"));
                assertEquals("1", header(two.get("/secure/limited"), "RateLimit-Remaining"));
                assertEquals("0", header(one.get("/secure/limited"), "RateLimit-Remaining"));

                HttpResponse<String> denied = two.get("/secure/limited");
                RawHttp.problem(denied, 429);
                assertTrue(Long.parseLong(header(denied, "Retry-After")) > 0);
                RawHttp.problem(one.get("/secure/limited"), 429);
                assertEquals(1, redis.inspect().keys("kiln:rl:secure.limited:*").size(),
                        "one budget, named after the service and method");
            }
            // Closing the applications stopped their RateLimiters, which closed the Redis connections.
            assertEquals(clientsBefore, connectedClients(redis));
        }
    }

    /** Clients connected to Redis, the inspector's own connection included. */
    private static long connectedClients(TestRedis redis) {
        return redis.inspect().clientList().lines().filter(line -> !line.isBlank()).count();
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header: "
                + response.statusCode() + " " + response.headers().map()));
    }
}
