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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        List<StreamMessage<String, String>> jobs = redis.inspect().xrange("kiln:queue:emails", Range.create("-", "+"));
        assertEquals(1, jobs.stream().filter(j -> j.getBody().get("envelope").contains(subject)).count(),
                "the email job on kiln:queue:emails: " + jobs);
    }

    /**
     * The service map of each side of the event: orders declares and saw its publication on the orders topic (its
     * PRODUCER span), notifications its subscription (its CONSUMER span) and its own publication on the emails queue.
     */
    @Test
    void theServiceMapsShowTheEventEdgesDeclaredAndSeen() {
        NotificationApiClient sent = NotificationApiClient.create(notifications.uri());
        Order order = OrderApiClient.create(orders.uri())
                .create(new NewOrder("mary", List.of(new NewOrder.OrderLine("BK-001", 1))));
        String subject = "Order " + order.id() + " placed";
        Await.until(() -> "an email for order " + order.id(), Duration.ofSeconds(20),
                () -> emailAbout(sent, subject).isPresent());

        String fromOrders = serviceMap(orders);
        assertTrue(fromOrders.contains("{\"from\":\"orders\",\"to\":\"events:orders\",\"kind\":\"publish\","
                + "\"declared\":true,\"seen\":true,\"drift\":null,"), fromOrders);
        String fromNotifications = serviceMap(notifications);
        assertTrue(fromNotifications.contains("{\"from\":\"events:orders\",\"to\":\"notifications\",\"kind\":"
                + "\"subscribe\",\"declared\":true,\"seen\":true,\"drift\":null,"), fromNotifications);
        assertTrue(fromNotifications.contains("{\"from\":\"notifications\",\"to\":\"queue:emails\",\"kind\":"
                + "\"publish\",\"declared\":true,\"seen\":true,\"drift\":null,"), fromNotifications);
    }

    private static String serviceMap(KilnHandle app) {
        try {
            return HTTP.send(HttpRequest.newBuilder(app.uri().resolve("/kiln/service-map")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
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

    /**
     * One trace across the three services (each with kiln-runtime-telemetry, each its own SDK, sharing nothing but
     * Redis and HTTP): the caller's {@code traceparent} → orders' SERVER span → its repository's statements and its
     * CLIENT span → catalog's SERVER span → orders' PRODUCER span (through the outbox) → the event on Redis Streams →
     * notifications' CONSUMER span → its PRODUCER span on the emails queue → the mailer's CONSUMER span. Read from
     * each service's own {@code /kiln/traces}, with every parent link checked.
     */
    @Test
    void oneTraceFromARequestThroughAnotherServiceAndRedisStreamsToTheMailer() {
        String traceId = hex(32);
        String callerSpan = hex(16);
        Order order = OrderApiClient.builder().baseUri(orders.uri())
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01").build()
                .create(new NewOrder("lin", List.of(new NewOrder.OrderLine("BK-001", 1))));
        Await.until(() -> "the mailer's span of trace " + traceId, Duration.ofSeconds(30),
                () -> spans(notifications, traceId).stream().anyMatch(s -> s.name().equals("process emails")));

        List<TracedSpan> inOrders = spans(orders, traceId);
        TracedSpan server = one(inOrders, "POST /orders", "SERVER");
        assertEquals(callerSpan, server.parent(), "the caller's span is the parent");
        assertTrue(server.remoteParent());
        TracedSpan client = one(inOrders, "POST /products/{sku}/reservations", "CLIENT");
        TracedSpan insert = one(inOrders, "INSERT orders", "CLIENT");
        TracedSpan send = one(inOrders, "send orders", "PRODUCER");
        for (TracedSpan child : List.of(client, send)) {
            assertTrue(descends(child, server, inOrders), child + " under " + server + " in " + inOrders);
        }
        assertTrue(descends(insert, server, inOrders), insert + " under " + server);

        TracedSpan reserved = one(spans(catalog, traceId), "POST /products/{sku}/reservations", "SERVER");
        assertEquals(client.id(), reserved.parent(), "catalog's request is the client call's child");
        assertTrue(reserved.remoteParent());

        List<TracedSpan> inNotifications = spans(notifications, traceId);
        TracedSpan heard = one(inNotifications, "process orders", "CONSUMER");
        assertEquals(send.id(), heard.parent(), "the event's handler is the publication's child, across Redis");
        TracedSpan queued = one(inNotifications, "send emails", "PRODUCER");
        assertEquals(heard.id(), queued.parent());
        assertEquals(queued.id(), one(inNotifications, "process emails", "CONSUMER").parent());
        assertTrue(emailAbout(NotificationApiClient.create(notifications.uri()), "Order " + order.id() + " placed")
                .isPresent());
    }

    /** A span as {@code /kiln/traces/{traceId}} lists it. */
    private record TracedSpan(String id, String parent, boolean remoteParent, String service, String name, String kind) {}

    private static final Pattern SPAN = Pattern.compile("\\{\"spanId\":\"(\\w+)\",\"parentSpanId\":\"(\\w*)\","
            + "\"remoteParent\":(true|false),\"service\":\"([^\"]*)\",\"name\":\"([^\"]*)\",\"kind\":\"(\\w+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static List<TracedSpan> spans(KilnHandle app, String traceId) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(app.uri().resolve("/kiln/traces/" + traceId))
                    .build(), HttpResponse.BodyHandlers.ofString());
            List<TracedSpan> spans = new ArrayList<>();
            Matcher m = SPAN.matcher(response.body());
            while (m.find()) {
                spans.add(new TracedSpan(m.group(1), m.group(2), Boolean.parseBoolean(m.group(3)), m.group(4),
                        m.group(5), m.group(6)));
            }
            return spans;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static TracedSpan one(List<TracedSpan> spans, String name, String kind) {
        List<TracedSpan> found = spans.stream().filter(s -> s.name().equals(name) && s.kind().equals(kind)).toList();
        assertEquals(1, found.size(), "one " + kind + " span '" + name + "' in " + spans);
        return found.getFirst();
    }

    // Whether `span`'s parents, followed within `spans`, reach `ancestor`.
    private static boolean descends(TracedSpan span, TracedSpan ancestor, List<TracedSpan> spans) {
        TracedSpan at = span;
        for (int hops = 0; hops < spans.size() && at != null; hops++) {
            if (at.parent().equals(ancestor.id())) {
                return true;
            }
            String parent = at.parent();
            at = spans.stream().filter(s -> s.id().equals(parent)).findFirst().orElse(null);
        }
        return false;
    }

    private static String hex(int digits) {
        StringBuilder out = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (out.length() < digits) {
            out.append(Character.forDigit(random.nextInt(16), 16));
        }
        return out.toString();
    }

    private static Optional<EmailJob> emailAbout(NotificationApiClient sent, String subject) {
        return sent.sent().stream().filter(e -> e.subject().equals(subject)).findFirst();
    }
}
