package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated validation: {@code resources/good/validation} (constraints on parameters, a {@code @Valid}
 * body, {@code @Valid} list elements, map values, {@code Optional} contents, a self-referring record and a
 * record with nothing to check) and a class that serves the interface (so its router is generated here)
 * compiled with Kiln, the routers and validators compared with
 * {@code resources/expected/validation}. Update with {@code -Dkiln.golden.update=true}, then read the diff.
 */
class ValidationGoldenTest {
    private static final List<String> SOURCES = List.of(
            "OrderApi.java", "NewOrder.java", "Line.java", "Address.java", "Note.java", "Receipt.java",
            "OrderService.java");

    /** Every file Kiln generates here; there is no NoteValidator: Note checks nothing. */
    static List<String> expectedFiles() {
        return List.of(
                "validation/OrderApiRouter.java", "validation/OrderApiClient.java",
                "validation/NewOrderValidator.java", "validation/LineValidator.java",
                "validation/AddressValidator.java", "validation/ReceiptValidator.java",
                "validation/NewOrderJsonCodec.java", "validation/LineJsonCodec.java",
                "validation/AddressJsonCodec.java", "validation/NoteJsonCodec.java",
                "validation/ReceiptJsonCodec.java");
    }

    /** The files shown in docs/validation.md and compared here; codecs and the client are the shop's business. */
    static List<String> comparedFiles() {
        return expectedFiles().stream().filter(f -> f.endsWith("Router.java") || f.endsWith("Validator.java")).toList();
    }

    private static Compilation compilation;
    private static GoldenFiles golden;

    @BeforeAll
    static void compile() {
        compilation = Kiln.compile(Kiln.resources("good/validation", SOURCES.toArray(String[]::new)));
        golden = new GoldenFiles(compilation);
        if (GoldenFiles.updating()) {
            golden.update(comparedFiles());
        }
    }

    @Test
    void compilesWithoutWarnings() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("comparedFiles")
    void generatedFileMatchesTheGoldenFile(String path) {
        assertEquals(GoldenFiles.expected(path), golden.generated(path), path);
    }

    @Test
    void kilnGeneratesAValidatorForEachRecordWithSomethingToCheck() {
        assertEquals(new TreeSet<>(expectedFiles()), golden.kilnSources());
    }
}
