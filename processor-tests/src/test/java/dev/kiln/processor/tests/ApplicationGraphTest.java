package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * The application's graph is followed the way Dagger builds it: through {@code @Inject} constructors,
 * plain injected classes and {@code Provider<T>}. A service interface met on the way with no
 * implementation is bound to its client; a {@code Lifecycle} class met on the way is started.
 */
class ApplicationGraphTest {

    @Test
    void servicesAndLifecycleComponentsBehindProvidersAndPlainClassesAreFound() {
        Compilation compilation = Kiln.withDagger().compile(Kiln.resources("good/graph",
                "GraphApp.java", "ReportApi.java", "MailApi.java", "ReportService.java", "Reporter.java",
                "Archive.java"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("graph.KilnGraphAppModule").contentsAsUtf8String()
                .contains("static MailApi mailApi(KilnConfig config) {\n"
                        + "        return MailApiClient.builder().config(config).build();");
        assertThat(compilation).generatedSourceFile("graph.KilnGraphApp").contentsAsUtf8String()
                .contains(".lifecycle(List.of(component.archive()))\n"
                        + "                .routers(List.of(new ReportApiRouter(component.reportApi())))");
        assertThat(compilation).generatedSourceFile("graph.KilnGraphApp").contentsAsUtf8String()
                .contains("List.of(\"mail\")");
    }
}
