package dev.kiln.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.messaging.Await;
import dev.kiln.runtime.ratelimit.TestRedis;
import dev.kiln.samples.catalog.KilnCatalogApp;
import dev.kiln.samples.notifications.EmailJob;
import dev.kiln.samples.notifications.KilnNotificationsApp;
import dev.kiln.samples.notifications.NotificationApiClient;
import dev.kiln.samples.orders.KilnOrdersApp;
import dev.kiln.samples.shop.api.NewOrder;
import dev.kiln.samples.shop.api.Order;
import dev.kiln.samples.shop.api.OrderApiClient;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event crosses services: orders publishes {@code OrderPlaced} on Redis Streams (a real Redis), the
 * notifications application, which shares nothing with orders but that Redis, hears it and queues an email on the
 * emails queue, and its mailer sends it — as {@code ./kiln sample} shows.
 */
class ShopEventsTest {
    private static TestRedis redis;
    private static KilnHandle catalog;
    private static KilnHandle notifications;
    private static KilnHandle orders;

    @BeforeAll
    static void start() {
        redis = TestRedis.start();
        catalog = KilnCatalogApp.start(KilnConfig.of(Map.of("server.port", "0")));
        notifications = KilnNotificationsApp.start(KilnConfig.of(onRedis(Map.of())));
        orders = KilnOrdersApp.start(KilnConfig.of(onRedis(Map.of("kiln.clients.catalog.uri", catalog.uri().toString()))));
    }

    private static Map<String, String> onRedis(Map<String, String> more) {
        Map<String, String> config = new HashMap<>(more);
        config.put("server.port", "0");
        config.put("kiln.messaging.transport", "redis");
        config.put("kiln.messaging.redis.uri", redis.uri());
        return config;
    }

    @AfterAll
    static void stop() {
        for (KilnHandle handle : new KilnHandle[] {orders, notifications, catalog}) {
            if (handle != null) {
                handle.close();
            }
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void anOrderPlacedInOrdersReachesTheNotificationsServiceOverRedisStreams() {
        Order order = OrderApiClient.create(orders.uri())
                .create(new NewOrder("ada", List.of(new NewOrder.OrderLine("BK-001", 2))));
        NotificationApiClient sent = NotificationApiClient.create(notifications.uri());
        String subject = "Order " + order.id() + " placed";

        Await.until(() -> "an email for order " + order.id() + " in " + sent.sent(), Duration.ofSeconds(20),
                () -> emailAbout(sent, subject).isPresent());

        EmailJob email = emailAbout(sent, subject).orElseThrow();
        assertEquals("ada", email.to());
        assertEquals("/orders", email.source(), "the CloudEvents source: the publishing application");
        assertEquals("2 x The Pragmatic Kiln; 79.80 in all", email.body());
        assertEquals(1, sent.sent().stream().filter(e -> e.subject().equals(subject)).count(), "one email per order");
        // Through Redis, not in-process: the event is an entry of the orders topic's stream, which the notifications
        // group read, and the email a job of the emails queue.
        List<StreamMessage<String, String>> events = redis.inspect().xrange("kiln:events:orders", Range.create("-", "+"));
        assertTrue(events.stream().anyMatch(e -> e.getBody().get("envelope").contains("\"id\":\"" + email.event() + "\"")),
                "the event's envelope on kiln:events:orders: " + events);
        assertTrue(redis.inspect().xinfoGroups("kiln:events:orders").toString().contains("notifications"),
                "the notifications application's consumer group");
        assertEquals(1, redis.inspect().xlen("kiln:queue:emails"), "the email job on kiln:queue:emails");
    }

    /**
     * The order's event is written to the outbox in the order's transaction (OrderService.create is
     * {@code @Transactional}): with Redis stopped the order is still placed (no 503), and its event is sent once
     * Redis is back. Nothing the customer was told is placed goes unannounced.
     */
    @Test
    void anOrderPlacedWhileRedisIsDownIsAnnouncedOnceRedisIsBack() {
        NotificationApiClient sent = NotificationApiClient.create(notifications.uri());
        Order order;
        redis.stopServer();
        try {
            order = OrderApiClient.create(orders.uri())
                    .create(new NewOrder("grace", List.of(new NewOrder.OrderLine("BK-001", 1))));
        } finally {
            redis.startServer();
        }
        String subject = "Order " + order.id() + " placed";

        Await.until(() -> "an email for order " + order.id() + " in " + sent.sent(), Duration.ofSeconds(60),
                () -> emailAbout(sent, subject).isPresent());
        assertEquals("grace", emailAbout(sent, subject).orElseThrow().to());
    }

    private static Optional<EmailJob> emailAbout(NotificationApiClient sent, String subject) {
        return sent.sent().stream().filter(e -> e.subject().equals(subject)).findFirst();
    }
}
