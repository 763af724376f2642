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
                .contains("static MailApi mailApi(KilnConfig config, Map<String, ClientCredentials> credentials,\n"
                        + "            ServiceRegistry registry, Telemetry telemetry) {\n"
                        + "        return MailApiClient.builder().config(config).credentialsFrom(credentials).registry(registry)"
                        + ".telemetry(telemetry).build();");
        assertThat(compilation).generatedSourceFile("graph.KilnGraphApp").contentsAsUtf8String()
                .contains(".components(List.of(\n"
                        + "                        LifecycleComponent.of(\"Archive\", component.archive())))\n"
                        + "                .routers(List.of(new ReportApiRouter(component.reportApi())))");
        assertThat(compilation).generatedSourceFile("graph.KilnGraphApp").contentsAsUtf8String()
                .contains("List.of(\"mail\")");
    }

    /**
     * An application module's {@code @IntoMap @StringKey("mail") ClientCredentials} reaches the injected mail
     * client: Dagger builds the graph (the runtime module declares the map), and the component passes the map
     * with the contribution to the module's client binding.
     */
    @Test
    void credentialsContributedByAnApplicationModuleReachTheInjectedClient() throws java.io.IOException {
        Compilation compilation = Kiln.withDagger().compile(Kiln.resources("good/credentials",
                "CredentialsApp.java", "MailCredentials.java", "MailApi.java", "NoticeApi.java", "NoticeService.java"));

        assertThat(compilation).succeededWithoutWarnings();
        String component = compilation.generatedSourceFile("credentials.DaggerKilnCredentialsAppComponent")
                .orElseThrow().getCharContent(true).toString();
        for (String wiring : new String[] {
                "builder.put(\"mail\", MailCredentials_MailFactory.create());",
                "KilnCredentialsAppModule_MailApiFactory.create(configProvider, mapOfStringAndClientCredentialsProvider,"}) {
            org.junit.jupiter.api.Assertions.assertTrue(component.contains(wiring), () -> wiring + " in " + component);
        }
    }

    /** An application module's {@code @ValidationClock Clock} reaches the router of a validating service. */
    @Test
    void aValidationClockBoundByAnApplicationModuleReachesTheRouter() throws java.io.IOException {
        Compilation compilation = Kiln.withDagger().compile(Kiln.resources("good/clock",
                "ClockApp.java", "FixedClock.java", "EventApi.java", "Event.java", "EventService.java"));

        assertThat(compilation).succeededWithoutWarnings();
        String app = compilation.generatedSourceFile("clock.KilnClockApp").orElseThrow().getCharContent(true)
                .toString().replaceAll("\\s+", " ");
        org.junit.jupiter.api.Assertions.assertTrue(
                app.contains("new EventApiRouter(component.eventApi(), component.validationClock())"), () -> app);
        String component = compilation.generatedSourceFile("clock.DaggerKilnClockAppComponent")
                .orElseThrow().getCharContent(true).toString();
        org.junit.jupiter.api.Assertions.assertTrue(
                component.contains("return Optional.of(FixedClock_ValidationClockFactory.validationClock());"), () -> component);
    }
}
