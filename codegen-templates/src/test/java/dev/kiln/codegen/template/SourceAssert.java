package dev.kiln.codegen.template;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;

/** Assertions on rendered source text, line by line with indentation ignored. */
final class SourceAssert {
    private SourceAssert() {}

    /** Each expected line appears, stripped, as a whole line of {@code source}. */
    static void assertHasLines(String source, String... expected) {
        List<String> lines = Arrays.stream(source.split("\n")).map(String::strip).toList();
        for (String line : expected) {
            if (!lines.contains(line.strip())) {
                fail("Missing line:\n    " + line.strip() + "\nin:\n" + source);
            }
        }
    }

    /** The expected lines appear in this order (not necessarily adjacent). */
    static void assertLinesInOrder(String source, String... expected) {
        List<String> lines = Arrays.stream(source.split("\n")).map(String::strip).toList();
        int from = 0;
        for (String line : expected) {
            int at = lines.subList(from, lines.size()).indexOf(line.strip());
            if (at < 0) {
                fail("Missing, or out of order:\n    " + line.strip() + "\nin:\n" + source);
            }
            from += at + 1;
        }
    }

    /** No line of {@code source} contains {@code fragment}. */
    static void assertNoLineContains(String source, String fragment) {
        for (String line : source.split("\n")) {
            if (line.contains(fragment)) {
                fail("Unexpected '" + fragment + "' in line:\n    " + line.strip());
            }
        }
    }
}
