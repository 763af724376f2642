package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.processor.KilnProcessor;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layout every Kiln project uses: an API module (interfaces, records, filters) shared by the application
 * that serves it and by its callers. The API module compiles with kiln-annotations and kiln-runtime-core alone,
 * whatever rules and limits it declares, and its jar holds the client side (client, codecs, validators); the
 * application compiled over that jar writes the router with its guards, the same router the golden files show
 * for a compilation that holds both, and it is where a missing runtime module is reported.
 */
class ApiModuleTest {
    /** The secured golden service: every rule, every rate-limit key, filters, Principal parameters. */
    private static final String[] SECURE_API = {
            "OrderApi.java", "Order.java", "NewOrder.java", "AuditFilter.java", "TraceFilter.java"};
    private static final String[] SERVER_RUNTIMES = {"kiln-runtime-security", "kiln-runtime-ratelimit"};

    @TempDir
    Path tmp;

    /** The bad sources compiled here, over an API jar. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("ServesSecureApiWithoutRuntime.java", "KilnSecurityRuntimeMissing"),
                Arguments.of("UnnamedParameters.java", "KilnParameterNamesMissing"));
    }

    @Test
    void anApiModuleWithRulesAndLimitsCompilesWithoutTheServerRuntimesAndHoldsTheClientSideOnly() {
        Compilation api = secureApi();

        assertThat(api).succeededWithoutWarnings();
        GoldenFiles golden = new GoldenFiles(api);
        assertEquals(Set.of("secure/NewOrderJsonCodec.java", "secure/NewOrderValidator.java",
                "secure/OrderApiClient.java", "secure/OrderJsonCodec.java"), golden.kilnSources());
        for (String path : List.of("secure/OrderApiClient.java", "secure/NewOrderValidator.java")) {
            assertEquals(GoldenFiles.expected(path), golden.generated(path), path);
        }
        assertTrue(api.generatedFile(StandardLocation.CLASS_OUTPUT,
                "META-INF/kiln/security/services/secure.OrderApi.json").isEmpty(), "the security report is the server's");
    }

    @Test
    void theApplicationOverTheApiJarWritesTheRouterWithItsGuards() {
        Path jar = Library.write(tmp, secureApi());

        Compilation app = Kiln.withDagger()
                .withClasspath(Library.classpathWith(jar))
                .compile(Kiln.resources("good/secure", "OrderService.java", "SecureApp.java"));

        assertThat(app).succeededWithoutWarnings();
        GoldenFiles golden = new GoldenFiles(app);
        assertEquals(Set.of("secure/KilnSecureApp.java", "secure/KilnSecureAppComponent.java",
                "secure/KilnSecureAppLauncher.java", "secure/KilnSecureAppModule.java", "secure/OrderApiRouter.java"), golden.kilnSources());
        for (String path : List.of("secure/OrderApiRouter.java", "secure/KilnSecureApp.java",
                "secure/KilnSecureAppComponent.java", "META-INF/kiln/security/secure.SecureApp.json",
                "META-INF/kiln/security/services/secure.OrderApi.json")) {
            assertEquals(GoldenFiles.expected(path), golden.generated(path), path);
        }
    }

    @Test
    void aCalledOnlyInterfaceGetsItsRouterInTheApplicationThatServesIt() {
        Path jar = Library.write(tmp, javac().withProcessors(new KilnProcessor()).withOptions(Kiln.OPTIONS, "-parameters")
                .compile(Kiln.resources("good/shop", "CatalogApi.java", "Product.java")));
        assertTrue(Files.exists(jar.resolve("shop/CatalogApiClient.class")), "the API jar holds the client");
        assertTrue(Files.notExists(jar.resolve("shop/CatalogApiRouter.class")), "and no router");

        Compilation app = Kiln.withDagger()
                .withClasspath(Library.classpathWith(jar))
                .compile(Kiln.resources("good/served", "CatalogService.java", "CatalogApp.java"));

        assertThat(app).succeededWithoutWarnings();
        assertEquals(GoldenFiles.expected("shop/CatalogApiRouter.java"),
                new GoldenFiles(app).generated("shop/CatalogApiRouter.java"));
    }

    @Test
    void aJarThatServesItsInterfaceKeepsItsRouterAndTheApplicationWritesNoSecond() {
        // An implementation next to the interface: that compilation serves it, so the jar holds the router.
        Compilation library = javac().withProcessors(new KilnProcessor()).withOptions(Kiln.OPTIONS, "-parameters")
                .compile(JavaFileObjects.forResource("good/shop/CatalogApi.java"),
                        JavaFileObjects.forResource("good/shop/Product.java"),
                        JavaFileObjects.forResource("good/served/CatalogService.java"));
        Path jar = Library.write(tmp, library);
        assertTrue(Files.exists(jar.resolve("shop/CatalogApiRouter.class")), "the jar holds the router");

        Compilation app = Kiln.withDagger()
                .withClasspath(Library.classpathWith(jar))
                .compile(Kiln.resources("good/served", "CatalogService.java", "CatalogApp.java"));

        assertThat(app).succeededWithoutWarnings();
        assertEquals(Set.of("served/KilnCatalogApp.java", "served/KilnCatalogAppComponent.java",
                "served/KilnCatalogAppLauncher.java", "served/KilnCatalogAppModule.java"), new GoldenFiles(app).kilnSources());
        assertThat(app).generatedSourceFile("served.KilnCatalogApp")
                .contentsAsUtf8String().contains("new CatalogApiRouter(component.catalogApi())");
    }

    @ParameterizedTest(name = "without {0}: [{1}]")
    @CsvSource({
            "kiln-runtime-security, KilnSecurityRuntimeMissing",
            "kiln-runtime-ratelimit, KilnRateLimitRuntimeMissing"})
    void aServerRuntimeMissingInTheApplicationIsReportedOnItsKilnApplication(String artifact, String tag) {
        Path jar = Library.write(tmp, secureApi());
        JavaFileObject source = JavaFileObjects.forResource("bad/ServesSecureApiWithoutRuntime.java");

        Compilation app = javac().withProcessors(new KilnProcessor()).withOptions(Kiln.OPTIONS)
                .withClasspath(Library.classpathWithout(Library.classpathWith(jar), artifact))
                .compile(JavaFileObjects.forResource("good/secure/OrderService.java"), source);

        BadSources.assertOneTaggedError(app, source, "ServesSecureApiWithoutRuntime.java", tag);
        assertThat(app).hadErrorContaining("serves secure.OrderApi, whose routes");
        assertThat(app).hadErrorContaining("needs dev.kiln:" + artifact + ", which is not on the classpath");
    }

    @Test
    void anApiJarCompiledWithoutParameterNamesIsReportedOnTheServingClass() {
        Path jar = Library.write(tmp, javac().withProcessors(new KilnProcessor())
                .compile(Kiln.resources("good/shop", "CatalogApi.java", "Product.java")));
        JavaFileObject source = JavaFileObjects.forResource("bad/UnnamedParameters.java");

        Compilation app = javac().withProcessors(new KilnProcessor()).withOptions(Kiln.OPTIONS)
                .withClasspath(Library.classpathWith(jar))
                .compile(source);

        BadSources.assertOneTaggedError(app, source, "UnnamedParameters.java", "KilnParameterNamesMissing");
        assertThat(app).hadErrorContaining("compile the module that declares CatalogApi with -parameters");
    }

    /** The secured API module, compiled with Kiln on a classpath without the security and rate-limit runtimes. */
    private static Compilation secureApi() {
        List<File> classpath = Library.classpathWithout(Library.classpathWith(), SERVER_RUNTIMES);
        return javac().withProcessors(new KilnProcessor()).withOptions(Kiln.OPTIONS, "-parameters")
                .withClasspath(classpath)
                .compile(Kiln.resources("good/secure", SECURE_API));
    }
}
