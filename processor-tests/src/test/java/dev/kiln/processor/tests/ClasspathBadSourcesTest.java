package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.processor.KilnProcessor;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Mistakes that involve types from the classpath, compiled without Kiln: the error must land on the
 * user's source that uses them, since the classpath's sources cannot be edited.
 */
class ClasspathBadSourcesTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("UnsupportedTypeFromClasspath.java", "KilnUnsupportedType"),
                Arguments.of("ServedServiceNotGenerated.java", "KilnServiceNotGenerated"),
                Arguments.of("ClientServiceNotGenerated.java", "KilnServiceNotGenerated"));
    }

    @Test
    void aBadComponentOfAClasspathRecordIsReportedOnTheParameterWithItsPath() {
        Path lib = Library.compile(tmp, List.of(), "shop/NewOrder.java", "shop/Line.java");
        JavaFileObject source = JavaFileObjects.forResource("bad/UnsupportedTypeFromClasspath.java");

        Compilation compilation = compileWith(lib, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[KilnUnsupportedType] Parameter 'order' of"
                        + " UnsupportedTypeFromClasspath.create has type NewOrder: Kiln cannot encode"
                        + " NewOrder.lines[].sku, of type Object, as JSON.")
                .inFile(source)
                .onLine(BadSources.markedLine("bad/UnsupportedTypeFromClasspath.java", "KilnUnsupportedType"));
    }

    @Test
    void aServedInterfaceFromAJarCompiledWithoutKilnIsReportedOnTheImplementation() {
        Path lib = Library.compile(tmp, List.of(), "shop/CatalogApi.java");
        JavaFileObject source = JavaFileObjects.forResource("bad/ServedServiceNotGenerated.java");

        Compilation compilation = compileWith(lib, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[KilnServiceNotGenerated] shop.CatalogApi comes from the"
                        + " classpath without its generated shop.CatalogApiClient and codecs, which this application"
                        + " needs to serve it")
                .inFile(source)
                .onLine(BadSources.markedLine("bad/ServedServiceNotGenerated.java", "KilnServiceNotGenerated"));
        assertThat(compilation).hadErrorContaining("dev.kiln:kiln-processor on its annotation processor path");
    }

    @Test
    void aCalledInterfaceFromAJarCompiledWithoutKilnIsReportedOnTheInjectionPoint() {
        Path lib = Library.compile(tmp, List.of(), "shop/CatalogApi.java");
        JavaFileObject source = JavaFileObjects.forResource("bad/ClientServiceNotGenerated.java");

        Compilation compilation = compileWith(lib, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[KilnServiceNotGenerated] shop.CatalogApi comes from the"
                        + " classpath without its generated shop.CatalogApiClient, which this application needs to"
                        + " call it")
                .inFile(source)
                .onLine(BadSources.markedLine("bad/ClientServiceNotGenerated.java", "KilnServiceNotGenerated"));
    }

    private static Compilation compileWith(Path lib, JavaFileObject source) {
        return javac().withProcessors(new KilnProcessor())
                .withOptions("-Xlint:all,-processing")
                .withClasspath(Library.classpathWith(lib))
                .compile(source);
    }
}
