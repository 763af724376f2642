package dev.kiln.runtime.messaging.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.messaging.Await;
import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.MessagingEndpoint;
import dev.kiln.runtime.messaging.MessagingEndpointContract;
import dev.kiln.runtime.messaging.MessagingSettings;
import dev.kiln.runtime.ratelimit.TestRedis;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operations endpoints and readiness over HTTP on Redis Streams (a real Redis), and Redis away: 503, not 500. */
class RedisMessagingEndpointTest extends MessagingEndpointContract {
    private static TestRedis redis;
    private RedisFixture fixture;

    @BeforeAll
    static void startRedis() {
        redis = TestRedis.start();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void clean() {
        redis.inspect().flushall();
        fixture = new RedisFixture(redis);
        onClose(fixture);
    }

    @Override
    protected Messaging messaging(String application, MessagingSettings settings) {
        return fixture.app(application, fixture.transport(application, Duration.ofSeconds(30)), settings);
    }

    @Override
    protected String transport() {
        return "redis";
    }

    @Test
    void withRedisAwayTheEndpointsAnswer503ProblemsNamingNoAddress() throws Exception {
        Messaging billing = messaging("billing", MessagingSettings.DEFAULTS);
        new dev.kiln.runtime.messaging.OrderEventsPublisher(billing)
                .placed(new dev.kiln.runtime.messaging.OrderPlaced(1, "a", 1));
        try (KilnHandle app = KilnBoot.builder(KilnConfig.of(Map.of("server.port", "0")),
                        new ApplicationDescriptor("com.example.BillingApp", "billing", List.of(), List.of()))
                .routers(List.of(new MessagingEndpoint(billing, true))).start()) {
            redis.stopServer();
            try {
                Await.until("the transport notices", WAIT, () -> billing.transport().connectionProblem().isPresent());
                HttpClient http = HttpClient.newHttpClient();
                for (HttpRequest request : List.of(
                        HttpRequest.newBuilder(app.uri().resolve("/kiln/messaging")).build(),
                        HttpRequest.newBuilder(app.uri().resolve("/kiln/messaging/events/orders/dead-letters")).build(),
                        HttpRequest.newBuilder(app.uri().resolve("/kiln/messaging/events/orders/dead-letters"))
                                .DELETE().build())) {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    assertEquals(503, response.statusCode(), request + ": " + response.body());
                    assertTrue(response.body().contains("Messaging cannot reach its redis transport"), response.body());
                    assertTrue(!response.body().contains(redis.uri().substring("redis://".length())), response.body());
                }
            } finally {
                redis.startServer();
            }
        }
    }
}
