package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Supervised} and {@code @KilnApplication(name)} mistakes: one tagged error on the marked line (the
 * annotation, or the value at fault), whose message says what is wrong and what to write instead.
 */
class LifecycleBadSourcesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("SupervisedNotLifecycle.java", "KilnSupervisedNotLifecycle",
                        List.of("@Supervised on SupervisedNotLifecycle", "implement dev.kiln.runtime.lifecycle.Lifecycle")),
                Arguments.of("SupervisedWithoutHealth.java", "KilnSupervisedWithoutHealth",
                        List.of("health check reports DOWN", "implement dev.kiln.runtime.health.HealthCheck")),
                Arguments.of("SupervisedNotInjectable.java", "KilnSupervisedNotInjectable",
                        List.of("concrete class Dagger builds", "@Inject constructor")),
                Arguments.of("SupervisedZeroRestarts.java", "KilnInvalidSupervision",
                        List.of("allows 0 restarts", "at least 1")),
                Arguments.of("SupervisedBadWithin.java", "KilnInvalidSupervision",
                        List.of("within = \"1 minute\"", "not a duration", "\"200ms\"")),
                Arguments.of("SupervisedMaxBackoffBelowBackoff.java", "KilnInvalidSupervision",
                        List.of("maxBackoff = \"1s\" below backoff = \"5s\"", "at least backoff")),
                Arguments.of("InvalidApplicationName.java", "KilnInvalidApplicationName",
                        List.of("name = \"Orders_Service\"", "lower-case letters, digits and single hyphens")));
    }

    /** Listed for {@code BadSourcesTest.everyBadSourceIsACase}; compiled with a second source below. */
    static Stream<Arguments> withSecondSource() {
        return Stream.of(Arguments.of("ComponentNotAccessible.java", "KilnComponentNotAccessible"));
    }

    @Test
    void aComponentTheGeneratedCodeCannotNameIsOneErrorOnItsClass() {
        JavaFileObject app = JavaFileObjects.forResource("bad/ComponentNotAccessible.java");
        JavaFileObject poller = JavaFileObjects.forSourceLines("bad.hidden.Poller",
                "package bad.hidden;",
                "",
                "import dev.kiln.runtime.lifecycle.Lifecycle;",
                "import jakarta.inject.Inject;",
                "import jakarta.inject.Singleton;",
                "",
                "@Singleton",
                "final class Poller implements Lifecycle {",
                "    @Inject",
                "    Poller() {}",
                "}");
        Compilation compilation = Kiln.compile(app, poller);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[KilnComponentNotAccessible] bad.hidden.Poller is a Lifecycle"
                + " component of ComponentNotAccessible, whose generated code in package bad cannot name it")
                .inFile(poller).onLine(8);
        assertThat(compilation).hadErrorContaining("make it (and any class it is nested in) public");
    }

    @ParameterizedTest(name = "{0}: [{1}]")
    @MethodSource("cases")
    void reportsOneTaggedErrorOnTheMarkedLine(String file, String tag, List<String> keyWords) {
        BadSources.assertOneTaggedErrorSaying(file, tag, keyWords);
    }
}
