package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.runtime.messaging.Messaging;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
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

    /** The class files of a compilation, loaded before the parent's (the test's class path has none of them). */
    private static final class CompiledClasses extends ClassLoader {
        private final Map<String, JavaFileObject> classes = new HashMap<>();

        CompiledClasses(Compilation compilation, ClassLoader parent) {
            super(parent);
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getKind() == JavaFileObject.Kind.CLASS) {
                    String path = file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "");
                    classes.put(path.substring(0, path.length() - ".class".length()).replace('/', '.'), file);
                }
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            JavaFileObject file = classes.get(name);
            if (file == null) {
                throw new ClassNotFoundException(name);
            }
            try (InputStream in = file.openInputStream()) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
