package dev.kiln.docs.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a java block is checked, from the HTML comment before it (docs/ARCHITECTURE.md, "Docs that cannot go stale").
 *
 * <ul>
 *   <li>no comment: a complete compilation unit (or several top-level types), compiled as it stands;</li>
 *   <li>{@code <!-- compile: imports a.B, c.*; in class; with Order, NewOrder -->}: a fragment, compiled with those
 *       imports, inside a class body ({@code in class}) or a method body ({@code in method(Type name, ...)}, optionally
 *       {@code returns Type}), next to the named support sources of {@code docs-tests/src/test/snippets/com/example};</li>
 *   <li>{@code <!-- generated: shop/OrderApiRouter.java -->}: code Kiln writes, found in that golden file of
 *       {@code processor-tests/src/test/resources/expected};</li>
 *   <li>{@code <!-- declared in: runtime/messaging/src/main/java/... -->}: a synopsis of an API, each line the start of
 *       a declaration in a source file of that folder;</li>
 *   <li>{@code <!-- source: samples/quickstart/src/test/java/com/example/hello/HelloAppTest.java -->}: an excerpt of a
 *       file the build compiles and runs itself (a sample's test), found in it as a generated block is in its golden
 *       file.</li>
 * </ul>
 */
sealed interface SnippetMarker {

    /** Compiled with javac, Kiln's processor and Dagger's. */
    record Compile(List<String> imports, Wrap wrap, String parameters, String returns, List<String> with,
            boolean fails) implements SnippetMarker {}

    /** Lines of a golden file. */
    record Generated(String golden) implements SnippetMarker {}

    /** Lines of a source file of the repository, which its own module compiles (and runs, for a test). */
    record Source(String file) implements SnippetMarker {}

    /** Declarations of a source folder. */
    record Declared(List<String> folders) implements SnippetMarker {}

    /** Where a fragment goes. */
    enum Wrap { NONE, CLASS, METHOD }

    /** The marker of {@code comment} (the text inside {@code <!-- -->}, or "" for none). */
    static SnippetMarker parse(String comment) {
        if (comment.isEmpty()) {
            return new Compile(List.of(), Wrap.NONE, "", "void", List.of(), false);
        }
        int colon = comment.indexOf(':');
        String kind = colon < 0 ? comment : comment.substring(0, colon).strip();
        String rest = colon < 0 ? "" : comment.substring(colon + 1).strip();
        return switch (kind) {
            case "compile" -> compile(rest);
            case "generated" -> new Generated(rest);
            case "declared in" -> new Declared(list(rest));
            case "source" -> new Source(rest);
            default -> throw new IllegalArgumentException("unknown snippet marker <!-- " + comment
                    + " -->: expected compile:, generated:, source: or declared in: (docs/ARCHITECTURE.md)");
        };
    }

    private static Compile compile(String directives) {
        List<String> imports = new ArrayList<>();
        List<String> with = new ArrayList<>();
        Wrap wrap = Wrap.NONE;
        String parameters = "";
        String returns = "void";
        boolean fails = false;
        for (String directive : directives.split(";")) {
            String d = directive.strip();
            if (d.isEmpty()) {
                continue;
            }
            if (d.startsWith("imports ")) {
                imports.addAll(list(d.substring("imports ".length())));
            } else if (d.startsWith("with ")) {
                with.addAll(list(d.substring("with ".length())));
            } else if (d.equals("fails")) {
                fails = true;
            } else if (d.equals("in class")) {
                wrap = Wrap.CLASS;
            } else if (d.startsWith("in method")) {
                wrap = Wrap.METHOD;
                String signature = d.substring("in method".length()).strip();
                int returnsAt = signature.indexOf(" returns ");
                if (returnsAt >= 0) {
                    returns = signature.substring(returnsAt + " returns ".length()).strip();
                    signature = signature.substring(0, returnsAt).strip();
                }
                if (!signature.isEmpty()) {
                    if (!signature.startsWith("(") || !signature.endsWith(")")) {
                        throw new IllegalArgumentException("in method takes (parameters): " + d);
                    }
                    parameters = signature.substring(1, signature.length() - 1);
                }
            } else {
                throw new IllegalArgumentException("unknown compile directive '" + d
                        + "': expected imports, in class, in method(...) [returns T], with or fails");
            }
        }
        return new Compile(List.copyOf(imports), wrap, parameters, returns, List.copyOf(with), fails);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
