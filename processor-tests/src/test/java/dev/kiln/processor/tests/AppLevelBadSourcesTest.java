package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mistakes only the application as a whole shows. Their services are valid, so Kiln generates their
 * routers and clients, which compile against kiln-runtime-core; the application's own files are not
 * written, and the one error is on the user's line.
 */
class AppLevelBadSourcesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("RouteConflictAcrossServices.java", "KilnRouteConflict"),
                Arguments.of("DuplicateServiceName.java", "KilnDuplicateServiceName"),
                Arguments.of("DuplicateImplementation.java", "KilnDuplicateImplementation"),
                Arguments.of("NoInjectConstructor.java", "KilnNoInjectConstructor"));
    }

    @ParameterizedTest(name = "{0}: [{1}]")
    @MethodSource("cases")
    void reportsOneTaggedErrorOnTheMarkedLineAndWritesNoApplication(String file, String tag) {
        JavaFileObject source = JavaFileObjects.forResource("bad/" + file);
        int line = BadSources.markedLine("bad/" + file, tag);

        Compilation compilation = Kiln.compile(source);

        // One error and no warning: the routers and clients of the valid services compiled cleanly, and
        // no application file was written over the mistake (Dagger is not running to build it).
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadWarningCount(0);
        assertThat(compilation).hadErrorContaining("[" + tag + "] ").inFile(source).onLine(line);
    }
}
