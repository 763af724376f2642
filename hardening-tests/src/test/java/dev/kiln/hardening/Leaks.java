package dev.kiln.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

/** What no answer to any attack may carry: a 5xx, a stack trace, an internal class or package name. */
final class Leaks {
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\(");
    private static final List<String> INTERNAL = List.of("io.helidon", "dev.kiln.runtime", "java.lang.", "java.io.",
            "Exception", "com.fasterxml", "jdk.internal", "nimbusds");

    private Leaks() {}

    static void assertClean(Raw.Answer answer, String attack) {
        assertTrue(answer.status() < 500, () -> attack + " got a server error: " + answer);
        assertClean(answer.body(), attack);
    }

    static void assertClean(int status, String body, String attack) {
        assertTrue(status < 500, () -> attack + " got a server error: " + status + " " + body);
        assertClean(body, attack);
    }

    private static void assertClean(String body, String attack) {
        assertFalse(STACK_FRAME.matcher(body).find(), () -> attack + " got a stack trace: " + body);
        for (String name : INTERNAL) {
            assertFalse(body.contains(name), () -> attack + " got an internal name (" + name + "): " + body);
        }
    }
}
