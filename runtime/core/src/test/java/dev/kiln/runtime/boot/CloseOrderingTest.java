package dev.kiln.runtime.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.health.HealthResult;
import dev.kiln.runtime.lifecycle.LifecycleComponent;
import dev.kiln.runtime.lifecycle.Supervision;
import dev.kiln.runtime.registry.InMemoryServiceRegistry;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.testapp.Http;
import dev.kiln.runtime.testapp.OrderApiRouter;
import dev.kiln.runtime.testapp.OrderService;
import dev.kiln.runtime.testapp.TestApps;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What {@code close()} (and SIGTERM) does, in order: supervision off, readiness DOWN, deregister, drain, stop. */
class CloseOrderingTest {
    private final List<String> events = new CopyOnWriteArrayList<>();
    private volatile Http http;

    /** Records what happens to the registry; at deregistration it asks the server for its readiness. */
    private final class RecordingRegistry implements ServiceRegistry {
        private final ServiceRegistry delegate = new InMemoryServiceRegistry();

        @Override
        public void register(ServiceInstance instance) {
            events.add("register " + instance.serviceName() + " " + instance.status());
            delegate.register(instance);
        }

        @Override
        public void deregister(ServiceInstance instance) {
            // A real connection, so the listener still accepts, and the answer the platform gets right now.
            events.add("deregister " + instance.serviceName() + " while ready answers "
                    + http.get("/health/ready").statusCode());
            delegate.deregister(instance);
        }

        @Override
        public List<ServiceInstance> lookup(String serviceName) {
            return delegate.lookup(serviceName);
        }

        @Override
        public Map<String, List<ServiceInstance>> snapshot() {
            return delegate.snapshot();
        }

        @Override
        public HealthResult health() {
            return HealthResult.up();
        }

        @Override
        public void close() {
            events.add("registry closed");
        }
    }

    @Test
    void closeTurnsReadinessDownDeregistersWhileStillListeningThenStopsComponentsAndTheRegistry() {
        ManualScheduler scheduler = new ManualScheduler();
        scheduler.onClose(() -> events.add("supervisor closed"));
        KilnHandle app = TestApps.builder(Map.of())
                .registry(new RecordingRegistry())
                .components(List.of(
                        LifecycleComponent.of("Store", new Probe("Store", events)),
                        LifecycleComponent.of("FeedPoller", new Probe("FeedPoller", events), List.of("Store"))
                                .supervised(new Supervision(3, Duration.ofMinutes(1), Duration.ofMillis(100),
                                        Duration.ofSeconds(1)))))
                .routers(List.of(new OrderApiRouter(new OrderService())))
                .supervisionTiming(scheduler.clock, scheduler, () -> 0.5)
                .start();
        http = new Http(app.uri());
        assertEquals(List.of("start Store", "start FeedPoller", "register orders UP"), events);
        events.clear();

        app.close();

        assertEquals(List.of(
                "supervisor closed",
                "register orders DOWN",
                "deregister orders while ready answers 503",
                "stop FeedPoller",
                "stop Store",
                "registry closed"), events);
    }
}
