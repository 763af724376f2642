package dev.kiln.processor.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the bad sources under {@code src/test/resources/bad}. Each marks the line its error must be
 * reported on with a trailing {@code // <-- [KilnTag]} comment, so the expectation sits next to the
 * mistake and survives edits above it.
 */
final class BadSources {
    private BadSources() {}

    /** The 1-based line of {@code resource} marked with {@code tag}; fails when there is not exactly one. */
    static int markedLine(String resource, String tag) {
        List<String> lines = lines(resource);
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("// <-- [" + tag + "]")) {
                if (found != -1) {
                    throw new AssertionError(resource + " marks [" + tag + "] on more than one line");
                }
                found = i + 1;
            }
        }
        if (found == -1) {
            throw new AssertionError(resource + " marks no line with // <-- [" + tag + "]");
        }
        return found;
    }

    static List<String> lines(String resource) {
        try (InputStream in = BadSources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
