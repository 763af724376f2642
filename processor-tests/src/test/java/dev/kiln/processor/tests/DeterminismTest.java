package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Two compilations of the same sources, handed to javac in opposite orders, generate identical files:
 * the processor sorts its inputs, so what it writes never depends on the order javac found them in.
 */
class DeterminismTest {

    @Test
    void sourceOrderDoesNotChangeTheGeneratedFiles() {
        List<String> forward = new ArrayList<>(GoldenSourcesTest.SOURCES);
        List<String> backward = new ArrayList<>(forward);
        Collections.reverse(backward);

        Map<String, String> first = generated(forward);
        Map<String, String> second = generated(backward);

        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, text) -> assertEquals(text, second.get(name), name));
        assertEquals(12, first.size(), "all of Kiln's sources for the shop: " + first.keySet());
    }

    private static Map<String, String> generated(List<String> sources) {
        Compilation compilation = Kiln.withDagger().compile(Kiln.resources("good/shop", sources.toArray(String[]::new)));
        assertThat(compilation).succeeded();
        Map<String, String> files = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            if (Kiln.generatedByKiln(file)) {
                try {
                    files.put(file.toUri().getPath(), file.getCharContent(true).toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }
}
