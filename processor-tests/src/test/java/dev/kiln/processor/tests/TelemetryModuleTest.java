package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * kiln-runtime-telemetry's {@code KilnTelemetryModule} joins the generated component when it is on the compile
 * class path (here: among the compiled sources, as a stub binding an {@link io.opentelemetry.api.OpenTelemetry}),
 * and Dagger then hands its binding to the graph's {@code Telemetry}; without it, the component does not name it.
 */
class TelemetryModuleTest {
    private static final JavaFileObject STUB = JavaFileObjects.forSourceLines(
            "dev.kiln.runtime.telemetry.sdk.KilnTelemetryModule",
            "package dev.kiln.runtime.telemetry.sdk;",
            "",
            "import dagger.Module;",
            "import dagger.Provides;",
            "import io.opentelemetry.api.OpenTelemetry;",
            "",
            "@Module",
            "public abstract class KilnTelemetryModule {",
            "    private KilnTelemetryModule() {}",
            "",
            "    @Provides",
            "    static OpenTelemetry openTelemetry() {",
            "        return OpenTelemetry.noop();",
            "    }",
            "}");

    @Test
    void theTelemetryModuleJoinsTheComponentWhenItIsOnTheClassPath() throws IOException {
        Compilation compilation = Kiln.withDagger().compile(Stream.concat(Arrays.stream(graphApp()), Stream.of(STUB))
                .toList());

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("graph.KilnGraphAppComponent").contentsAsUtf8String()
                .contains("KilnTelemetryModule.class");
        String dagger = compilation.generatedSourceFile("graph.DaggerKilnGraphAppComponent").orElseThrow()
                .getCharContent(true).toString();
        assertTrue(dagger.contains("KilnTelemetryModule_OpenTelemetryFactory"), dagger);
    }

    @Test
    void withoutItTheComponentDoesNotNameIt() throws IOException {
        Compilation compilation = Kiln.withDagger().compile(graphApp());

        assertThat(compilation).succeededWithoutWarnings();
        String component = compilation.generatedSourceFile("graph.KilnGraphAppComponent").orElseThrow()
                .getCharContent(true).toString();
        assertFalse(component.contains("KilnTelemetryModule"), component);
    }

    private static JavaFileObject[] graphApp() {
        return Kiln.resources("good/graph", "GraphApp.java", "ReportApi.java", "MailApi.java", "ReportService.java",
                "Reporter.java", "Archive.java");
    }
}
