package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.runtime.messaging.Messaging;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The generated code runs: {@code good/events} compiled with Kiln and Dagger, its classes loaded; an event published
 * through the generated {@code OrderEventsPublisher} on the in-process transport reaches {@code Billing} through the
 * generated dispatcher, and the email Billing queues through the injected {@code EmailQueue} (bound to its
 * generated publisher) reaches {@code Mailer}. (The test drives the generated classes by reflection only because
 * they exist in memory; the generated code itself uses none.)
 */
class MessagingRunTest {

    @Test
    void anEventPublishedThroughTheGeneratedPublisherReachesTheSubscribersThroughTheGeneratedDispatcher()
            throws Exception {
        List<String> sources = new ArrayList<>(MessagingGoldenTest.SOURCES);
        sources.addAll(MessagingGoldenTest.APP_SOURCES);
        Compilation compilation = Kiln.withDagger().compile(Kiln.resources("good/events", sources.toArray(String[]::new)));
        assertThat(compilation).succeededWithoutWarnings();
        ClassLoader loader = new CompiledClasses(compilation, MessagingRunTest.class.getClassLoader());

        Class<?> daggerComponent = loader.loadClass("events.DaggerKilnShopAppComponent");
        Object factory = daggerComponent.getMethod("factory").invoke(null);
        Object component = loader.loadClass("events.KilnShopAppComponent$Factory").getMethod("create", KilnConfig.class)
                .invoke(factory, KilnConfig.of(Map.of()));
        Class<?> componentType = loader.loadClass("events.KilnShopAppComponent");
        Messaging messaging = (Messaging) componentType.getMethod("messaging").invoke(component);
        Lifecycle dispatcher = (Lifecycle) componentType.getMethod("dispatcher").invoke(component);
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) field(loader.loadClass("events.Billing"), "SEEN");
        seen.clear();
        dispatcher.start();
        try {
            Class<?> placed = loader.loadClass("events.OrderPlaced");
            Object event = placed.getConstructor(long.class, String.class, BigDecimal.class)
                    .newInstance(42L, "ann@example.com", new BigDecimal("9.50"));
            Class<?> publisherType = loader.loadClass("events.OrderEventsPublisher");
            Object publisher = publisherType.getConstructor(Messaging.class).newInstance(messaging);
            publisherType.getMethod("placed", placed).invoke(publisher, event);

            long deadline = System.nanoTime() + 10_000_000_000L;
            while (seen.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(Set.of("placed 42", "email to ann@example.com: Order 42"), new TreeSet<>(seen));
        } finally {
            dispatcher.stop();
            messaging.stop();
        }
    }

    private static Object field(Class<?> type, String name) throws ReflectiveOperationException {
        var field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }
}
