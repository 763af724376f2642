package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dagger.internal.codegen.ComponentProcessor;
import dev.kiln.processor.KilnProcessor;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An API module of {@code @Events} / {@code @Queue} interfaces stays light: compiled without kiln-runtime-messaging
 * it holds the interfaces and their payloads' codecs, no publisher; the application compiled over its jar writes
 * the publisher of every interface it injects (the same file as the golden one) and the dispatcher of its
 * subscribers, whose payloads' interfaces it finds in the jar.
 */
class MessagingApiModuleTest {
    private static final String[] API = {
            "OrderEvents.java", "OrderPlaced.java", "OrderCancelled.java", "EmailQueue.java", "EmailJob.java"};

    @TempDir
    Path tmp;

    @Test
    void anApiModuleCompilesWithoutTheMessagingRuntimeAndHoldsCodecsOnly() {
        Compilation api = api();

        assertThat(api).succeededWithoutWarnings();
        assertEquals(Set.of("events/OrderPlacedJsonCodec.java", "events/OrderCancelledJsonCodec.java",
                        "events/OrderCancelled_ReasonJsonCodec.java", "events/EmailJobJsonCodec.java"),
                new GoldenFiles(api).kilnSources());
    }

    @Test
    void theApplicationOverTheApiJarWritesThePublisherItInjectsAndItsDispatcher() {
        Path jar = Library.write(tmp, api());

        Compilation app = javac().withProcessors(new KilnProcessor(), new ComponentProcessor())
                .withOptions(Kiln.OPTIONS)
                .withClasspath(Library.classpathWith(jar))
                .compile(Kiln.resources("good/events", "Billing.java", "Mailer.java", "ShopApp.java"));

        assertThat(app).succeededWithoutWarnings();
        GoldenFiles golden = new GoldenFiles(app);
        assertEquals(Set.of("events/EmailQueuePublisher.java", "events/KilnShopAppDispatcher.java",
                "events/KilnShopAppModule.java", "events/KilnShopAppComponent.java", "events/KilnShopApp.java",
                "events/KilnShopAppLauncher.java"),
                golden.kilnSources());
        for (String path : List.of("events/EmailQueuePublisher.java", "events/KilnShopAppDispatcher.java")) {
            assertEquals(GoldenFiles.expected(path), golden.generated(path), path);
        }
    }

    private static Compilation api() {
        List<File> classpath = Library.classpathWithout(Library.classpathWith(), "kiln-runtime-messaging");
        return javac().withProcessors(new KilnProcessor()).withOptions(Kiln.OPTIONS, "-parameters")
                .withClasspath(classpath)
                .compile(Kiln.resources("good/events", API));
    }
}
