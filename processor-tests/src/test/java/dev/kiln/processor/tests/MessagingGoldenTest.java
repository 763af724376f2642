package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code resources/good/events}: an {@code @Events} and a {@code @Queue} interface compiled with Kiln, with
 * kiln-runtime-messaging on the class path: a publisher per interface and a codec per payload, compared with
 * {@code resources/expected/events} (update with {@code -Dkiln.golden.update=true}, as {@link GoldenSourcesTest}).
 */
class MessagingGoldenTest {
    private static final String GOOD = "good/events";

    static final List<String> SOURCES = List.of(
            "OrderEvents.java", "OrderPlaced.java", "OrderCancelled.java", "EmailQueue.java", "EmailJob.java");

    /** The interfaces with subscribers and an application: its dispatcher. */
    static final List<String> APP_SOURCES = List.of("Billing.java", "Mailer.java", "ShopApp.java");

    static List<String> expectedAppFiles() {
        return List.of("events/KilnShopAppDispatcher.java", "events/KilnShopAppModule.java",
                "events/KilnShopAppComponent.java", "events/KilnShopApp.java", "META-INF/kiln/apps/events.ShopApp.json");
    }

    static List<String> expectedFiles() {
        return List.of(
                "events/OrderEventsPublisher.java", "events/EmailQueuePublisher.java",
                "events/OrderPlacedJsonCodec.java", "events/OrderCancelledJsonCodec.java",
                "events/OrderCancelled_ReasonJsonCodec.java", "events/EmailJobJsonCodec.java");
    }

    private static Compilation compilation;
    private static GoldenFiles golden;
    private static Compilation appCompilation;
    private static GoldenFiles appGolden;

    @BeforeAll
    static void compile() {
        compilation = Kiln.withDagger().compile(Kiln.resources(GOOD, SOURCES.toArray(String[]::new)));
        golden = new GoldenFiles(compilation);
        if (GoldenFiles.updating()) {
            golden.update(expectedFiles());
        }
        List<String> all = new java.util.ArrayList<>(SOURCES);
        all.addAll(APP_SOURCES);
        appCompilation = Kiln.withDagger().compile(Kiln.resources(GOOD, all.toArray(String[]::new)));
        appGolden = new GoldenFiles(appCompilation);
        if (GoldenFiles.updating()) {
            appGolden.update(expectedAppFiles());
        }
    }

    @Test
    void theApplicationCompilesWithDaggerWithoutWarnings() {
        assertThat(appCompilation).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedAppFiles")
    void generatedAppFileMatchesTheGoldenFile(String path) {
        assertEquals(GoldenFiles.expected(path), appGolden.generated(path), path);
    }

    @Test
    void theInterfacesCompileWithoutWarnings() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedFiles")
    void generatedFileMatchesTheGoldenFile(String path) {
        assertEquals(GoldenFiles.expected(path), golden.generated(path), path);
    }

    @Test
    void kilnGeneratesExactlyTheGoldenFiles() {
        assertEquals(new TreeSet<>(expectedFiles()), golden.kilnSources());
    }
}
