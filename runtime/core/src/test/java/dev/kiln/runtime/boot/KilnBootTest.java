package dev.kiln.runtime.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.KilnRuntimeModule_ServiceRegistryFactory;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.runtime.registry.InMemoryServiceRegistry;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.testapp.ConvertRouter;
import dev.kiln.runtime.testapp.Http;
import dev.kiln.runtime.testapp.OrderApiRouter;
import dev.kiln.runtime.testapp.OrderService;
import dev.kiln.runtime.testapp.TestApps;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Boot and shutdown: lifecycle order, rollback, registry entries, draining. */
class KilnBootTest {
    private final List<String> events = new CopyOnWriteArrayList<>();

    private Lifecycle component(String name, boolean failOnStart) {
        return new Lifecycle() {
            @Override
            public void start() {
                events.add("start " + name);
                if (failOnStart) {
                    throw new IllegalStateException(name + " cannot start");
                }
            }

            @Override
            public void stop() {
                events.add("stop " + name);
            }
        };
    }

    @Test
    void startsInOrderAndStopsInReverseOnce() {
        KilnHandle app = TestApps.start(Map.of(), List.of(component("a", false), component("b", false), component("c", false)),
                List.of(new OrderApiRouter(new OrderService())));
        assertEquals(List.of("start a", "start b", "start c"), events);
        assertTrue(app.isRunning());
        app.close();
        app.close();
        assertEquals(List.of("start a", "start b", "start c", "stop c", "stop b", "stop a"), events);
        assertFalse(app.isRunning());
    }

    @Test
    void failingStartStopsTheStartedOnesInReverseAndRethrows() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TestApps.start(Map.of(),
                List.of(component("a", false), component("b", false), component("c", true), component("d", false)),
                List.of(new OrderApiRouter(new OrderService()))));
        assertEquals("c cannot start", e.getMessage());
        assertEquals(List.of("start a", "start b", "start c", "stop b", "stop a"), events);
    }

    @Test
    void serverThatCannotBindStopsTheComponents() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThrows(RuntimeException.class, () -> TestApps.start(
                    Map.of("server.port", String.valueOf(taken.getLocalPort())),
                    List.of(component("a", false)), List.of(new OrderApiRouter(new OrderService()))));
        }
        assertEquals(List.of("start a", "stop a"), events);
    }

    @Test
    void registersEachServiceWithTheServerUriAndDeregistersOnClose() {
        ServiceRegistry registry = new InMemoryServiceRegistry();
        KilnHandle app = KilnBoot.start(KilnConfig.of(Map.of("server.port", "0", "server.advertised-host", "orders.local")),
                TestApps.DESCRIPTOR, registry, List.of(),
                List.of(new OrderApiRouter(new OrderService()), new ConvertRouter()));
        try {
            assertTrue(app.port() > 0);
            assertEquals("http://orders.local:" + app.port(), app.uri().toString());
            assertSame(registry, app.registry());
            assertSame(TestApps.DESCRIPTOR, app.descriptor());
            List<ServiceInstance> orders = registry.lookup("orders");
            assertEquals(1, orders.size());
            assertEquals(app.uri(), orders.getFirst().uri());
            assertEquals(OrderApiRouter.DESCRIPTOR.routesHash(), orders.getFirst().routesHash());
            assertEquals(TestApps.DESCRIPTOR.applicationName(), orders.getFirst().application());
            assertEquals(1, registry.lookup("convert").size());
            // bound on 0.0.0.0 by default: reachable on loopback
            assertEquals(200, new Http(java.net.URI.create("http://127.0.0.1:" + app.port())).get("/orders").statusCode());
        } finally {
            app.close();
        }
        assertEquals(List.of(), registry.lookup("orders"));
        assertEquals(List.of(), registry.lookup("convert"));
    }

    @Test
    void closeLetsAnInFlightRequestFinishThenRefusesConnections() throws Exception {
        OrderService service = new OrderService();
        KilnHandle app = TestApps.start(service, Map.of("server.shutdown-timeout", "5s"));
        Http http = new Http(app.uri());
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> http.get("/slow?millis=700"));
        assertTrue(service.slowStarted.await(5, TimeUnit.SECONDS));
        long started = System.nanoTime();
        app.close();
        long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        HttpResponse<String> response = slow.get(5, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertEquals("slept 700", response.body());
        assertTrue(closeMillis >= 300, "close did not wait for the in-flight request: " + closeMillis + " ms");
        assertTrue(closeMillis < 4000, "close waited for the whole shutdown timeout: " + closeMillis + " ms");
        Throwable refused = assertThrows(Throwable.class, () -> http.get("/orders"));
        assertTrue(hasCause(refused, ConnectException.class), refused.toString());
    }

    @Test
    void closeWithIdleKeepAliveConnectionsDoesNotWaitForTheTimeout() {
        KilnHandle app = TestApps.start(new OrderService(), Map.of("server.shutdown-timeout", "10s"));
        assertEquals(200, new Http(app.uri()).get("/orders").statusCode());
        long started = System.nanoTime();
        app.close();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.toMillis() < 5000, "close took " + took);
    }

    @Test
    void kilnApplicationNameOverridesTheGeneratedNameInRegistryEntries() {
        ServiceRegistry registry = new InMemoryServiceRegistry();
        try (KilnHandle app = KilnBoot.start(KilnConfig.of(Map.of("server.port", "0", "kiln.application.name", "orders-eu")),
                TestApps.DESCRIPTOR, registry, List.of(), List.of(new OrderApiRouter(new OrderService())))) {
            assertEquals("orders-eu", app.descriptor().applicationName());
            assertEquals("orders-eu", registry.lookup("orders").getFirst().application());
            assertTrue(registry.lookup("orders").getFirst().id().startsWith("orders-eu-"));
        }
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> KilnBoot.start(
                KilnConfig.of(Map.of("server.port", "0", "kiln.application.name", "Orders EU")),
                TestApps.DESCRIPTOR, List.of(), List.of()));
        assertTrue(bad.getMessage().contains("kiln.application.name"), bad.getMessage());
    }

    @Test
    void runtimeModuleProvidesAnInMemoryRegistry() {
        assertTrue(KilnRuntimeModule_ServiceRegistryFactory.serviceRegistry(KilnConfig.of(Map.of())) instanceof InMemoryServiceRegistry);
    }

    @Test
    void badServerSettingsFailBeforeAnythingStarts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestApps.start(
                Map.of("server.port", "70000"), List.of(component("a", false)), List.of()));
        assertTrue(e.getMessage().contains("server.port"), e.getMessage());
        assertEquals(List.of(), events);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
