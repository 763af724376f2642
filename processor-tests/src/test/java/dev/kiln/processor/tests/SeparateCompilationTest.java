package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.KilnProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An API module compiled with Kiln on its own (its clients and codecs in its jar, no router), then an
 * application that serves one of its services and calls another: the application writes the served
 * interface's router, uses the jar's clients and codecs, and generates none of them again.
 */
class SeparateCompilationTest {
    @TempDir
    Path tmp;

    @Test
    void anApplicationServesAndCallsServicesOfAJarCompiledWithKiln() throws IOException {
        Path api = Library.compile(tmp, List.of(new KilnProcessor()),
                "catalog/CatalogApi.java", "catalog/Product.java", "catalog/PricingApi.java");
        assertTrue(Files.exists(api.resolve("catalog/CatalogApiClient.class")), "the API jar holds its clients");
        assertTrue(Files.exists(api.resolve("catalog/ProductJsonCodec.class")), "the API jar holds its codecs");
        assertTrue(Files.notExists(api.resolve("catalog/CatalogApiRouter.class")), "the API jar holds no router");

        Compilation compilation = Kiln.withDagger()
                .withClasspath(Library.classpathWith(api))
                .compile(Kiln.resources("good/consumer",
                        "CatalogService.java", "ShelfApi.java", "ShelfService.java", "ConsumerApp.java"));

        assertThat(compilation).succeededWithoutWarnings();
        List<String> generated = compilation.generatedSourceFiles().stream()
                .filter(Kiln::generatedByKiln)
                .map(f -> f.toUri().getPath().replaceFirst("^/SOURCE_OUTPUT/", ""))
                .sorted()
                .toList();
        assertEquals(List.of(
                "catalog/CatalogApiRouter.java",
                "consumer/KilnConsumerApp.java",
                "consumer/KilnConsumerAppComponent.java",
                "consumer/KilnConsumerAppLauncher.java",
                "consumer/KilnConsumerAppModule.java",
                "consumer/ShelfApiClient.java",
                "consumer/ShelfApiRouter.java"), generated);
        assertThat(compilation).generatedSourceFile("consumer.KilnConsumerApp")
                .contentsAsUtf8String().contains("new CatalogApiRouter(component.catalogApi())");
        assertThat(compilation).generatedSourceFile("consumer.KilnConsumerAppModule")
                .contentsAsUtf8String().contains("return PricingApiClient.builder().config(config).credentialsFrom(credentials).registry(registry)"
                        + ".telemetry(telemetry).build();");
        assertThat(compilation).generatedSourceFile("consumer.KilnConsumerApp")
                .contentsAsUtf8String().contains("List.of(\"pricing\")");
    }
}
