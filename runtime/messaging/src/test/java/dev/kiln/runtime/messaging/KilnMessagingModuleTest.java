package dev.kiln.runtime.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KilnMessagingModuleTest {
    private static final ApplicationDescriptor BILLING = new ApplicationDescriptor("com.example.BillingApp", "billing",
            List.of(), List.of(), List.of("dev.kiln.runtime.messaging"));

    @Test
    void withAnSdkInTheGraphItsPublicationsAreTraced() {
        try (TestTelemetry telemetry = new TestTelemetry()) {
            Messaging messaging = DaggerTracedTestComponent.factory().create(KilnConfig.of(Map.of()), BILLING,
                    telemetry.sdk).messaging();
            try {
                messaging.events("orders").publish("placed", OrderPlacedJsonCodec.INSTANCE, new OrderPlaced(1, "a", 1));
                assertEquals(io.opentelemetry.api.trace.SpanKind.PRODUCER, telemetry.one("send orders").getKind(),
                        "KilnMessagingModule hands the graph's telemetry to Messaging before publishers are made");
            } finally {
                messaging.stop();
            }
        }
    }

    @Test
    void theGraphGetsTheInMemoryTransportByDefaultNamedAfterTheApplication() {
        TestComponent graph = DaggerTestComponent.factory().create(KilnConfig.of(Map.of()), BILLING);
        Messaging messaging = graph.messaging();
        try {
            assertSame(messaging, graph.messaging());
            assertEquals("memory", messaging.transport().type());
            assertSame(messaging.transport(), graph.transport());
            assertEquals("billing", messaging.application());
            assertTrue(graph.healthChecks().stream().map(HealthCheck::name).anyMatch("messaging"::equals));
        } finally {
            messaging.stop();
        }
    }

    @Test
    void kilnApplicationNameOverridesTheDescriptor() {
        TestComponent graph = DaggerTestComponent.factory().create(
                KilnConfig.of(Map.of("kiln.application.name", "billing-eu")), BILLING);
        assertEquals("billing-eu", graph.messaging().application());
        graph.messaging().stop();
    }

    @Test
    void redisWithoutItsModuleFailsTheStartNamingTheArtifact() {
        TestComponent graph = DaggerTestComponent.factory().create(
                KilnConfig.of(Map.of("kiln.messaging.transport", "redis")), BILLING);
        IllegalStateException e = assertThrows(IllegalStateException.class, graph::messaging);
        assertTrue(e.getMessage().contains("kiln.messaging.transport"), e.getMessage());
        assertTrue(e.getMessage().contains("dev.kiln:kiln-runtime-messaging-redis"), e.getMessage());
    }

    @Test
    void kilnMessagingEndpointWriteTurnsReplayAndPurgeOn() throws Exception {
        TestComponent graph = DaggerTestComponent.factory().create(
                KilnConfig.of(Map.of("kiln.messaging.endpoint.write", "true")), BILLING);
        try (KilnHandle app = KilnBoot.start(KilnConfig.of(Map.of("server.port", "0")), BILLING, List.of(),
                List.of(graph.messagingEndpoint()))) {
            new OrderEventsPublisher(graph.messaging()).placed(new OrderPlaced(1, "a", 1));   // the topic exists
            HttpResponse<String> purge = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    app.uri().resolve("/kiln/messaging/events/orders/dead-letters")).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, purge.statusCode(), purge.body());
            assertEquals("{\"destination\":\"kiln:events:orders\",\"purged\":0}", purge.body());
        } finally {
            graph.messaging().stop();
        }
    }

    @Test
    void theOperationsEndpointsAnswerOverHttp() throws Exception {
        TestComponent graph = DaggerTestComponent.factory().create(KilnConfig.of(Map.of()), BILLING);
        Messaging messaging = graph.messaging();
        Recorder recorder = new Recorder();
        BillingDispatcher dispatcher = new BillingDispatcher(messaging, recorder);
        dispatcher.start();
        new OrderEventsPublisher(messaging).placed(new OrderPlaced(9, "poison", 1));
        Destination orders = Destination.events("orders");
        Await.until("a dead letter", Duration.ofSeconds(10), () -> graph.operations().deadLetterCount(orders) == 1);

        try (KilnHandle app = KilnBoot.builder(KilnConfig.of(Map.of("server.port", "0")), BILLING)
                .errorTracker(graph.errorTracker()).routers(List.of(graph.messagingEndpoint())).start()) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> overview = http.send(HttpRequest.newBuilder(app.uri().resolve("/kiln/messaging")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, overview.statusCode());
            assertEquals("no-store", overview.headers().firstValue("Cache-Control").orElse(""));
            assertEquals(Map.of(), app.registry().snapshot(), "served, but not a service anyone discovers");
            assertTrue(overview.body().startsWith("{\"application\":\"billing\",\"transport\":\"memory\",\"destinations\":["),
                    overview.body());
            assertTrue(overview.body().contains("{\"kind\":\"events\",\"name\":\"orders\",\"stream\":\"kiln:events:orders\","
                    + "\"deadLetters\":1,\"groups\":[{\"group\":\"billing\",\"pending\":0,\"lag\":0,\"oldestPendingMillis\":0}]}"),
                    overview.body());

            HttpResponse<String> letters = http.send(HttpRequest.newBuilder(
                    app.uri().resolve("/kiln/messaging/events/orders/dead-letters?limit=5")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, letters.statusCode());
            assertTrue(letters.body().contains("\"count\":1"), letters.body());
            assertTrue(letters.body().contains("\"attempts\":3"), letters.body());
            assertTrue(letters.body().contains("poisoned order 9"), letters.body());
            assertTrue(letters.body().contains("\"type\":\"orders.placed\""), letters.body());

            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(
                    app.uri().resolve("/kiln/messaging/topics/orders/dead-letters")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, bad.statusCode());

            HttpResponse<String> replay = http.send(HttpRequest.newBuilder(
                    app.uri().resolve("/kiln/messaging/events/orders/dead-letters/replay"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, replay.statusCode(), "replay is off unless kiln.messaging.endpoint.write=true");

            // The subscriber's failures are in the graph's tracker, where the router's 500s go: one group (the
            // throw site), each of the three attempts counted, named after the subscription.
            HttpResponse<String> errors = http.send(HttpRequest.newBuilder(app.uri().resolve("/kiln/errors")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, errors.statusCode(), errors.body());
            String body = errors.body();
            assertEquals(1, body.split("\"fingerprint\":\"v1:").length - 1, body);
            assertTrue(body.contains("\"type\":\"java.lang.IllegalStateException\",\"message\":\"poisoned order 9\","
                    + "\"count\":3,"), body);
            assertTrue(body.contains("\"where\":[\"orders.placed \u2192 Recorder.on\"]"), body);
            assertTrue(body.contains("\"errorIds\":[]"), body);
            assertTrue(body.contains("\"frames\":[\"dev.kiln.runtime.messaging.Recorder.on(Recorder.java:"), body);
        } finally {
            dispatcher.stop();
            messaging.stop();
        }
    }
}
