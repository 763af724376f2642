package dev.kiln.docs.tests;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;

/**
 * A java block as the sources javac compiles: its package ({@code com.example} unless it declares one) and imports,
 * the marker's imports and wrapping, one file per top-level type (a block may show an interface and its records
 * together), elided bodies ({@code { … }}) as bodies that throw (a method's) or empty ones (a type's), lines that are
 * only {@code …} left out, and the support sources the marker names.
 *
 * <pre>{@code
 * Map<String, String> sources = new SnippetSources(supportDir).sources(code, marker);   // qualified name → text
 * }</pre>
 */
final class SnippetSources {
    static final String PACKAGE = "com.example";
    /** The {@code with} name of the page's java block before this one (added by the test, not read here). */
    static final String ABOVE = "above";
    // A method's or constructor's elided body compiles as one that throws; a type's, as an empty one.
    private static final Pattern ELIDED_METHOD_BODY =
            Pattern.compile("\\)(\\s*throws\\s+[\\w.,\\s]+?)?\\s*\\{\\s*(…|\\.\\.\\.)\\s*}");
    private static final Pattern ELIDED_BODY = Pattern.compile("\\{\\s*(…|\\.\\.\\.)\\s*}");
    private static final Pattern ELIDED_LINE = Pattern.compile("(?m)^\\s*(…|\\.\\.\\.)\\s*$");
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Za-z_]\\w*)");
    private static final Pattern PACKAGE_LINE = Pattern.compile("^package\\s+([\\w.]+)\\s*;\\s*$");

    private final Path support;

    /** {@code support}: the folder of {@code with} sources ({@code docs-tests/src/test/snippets}). */
    SnippetSources(Path support) {
        this.support = support;
    }

    /** The sources of one block, by qualified type name. */
    Map<String, String> sources(String code, SnippetMarker.Compile marker) {
        String methods = ELIDED_METHOD_BODY.matcher(code)
                .replaceAll(m -> ")" + (m.group(1) == null ? "" : Matcher.quoteReplacement(m.group(1)))
                        + " { throw new UnsupportedOperationException(); }");
        String body = ELIDED_LINE.matcher(ELIDED_BODY.matcher(methods).replaceAll("{}")).replaceAll("");
        String pkg = PACKAGE;
        StringBuilder imports = new StringBuilder();
        for (String name : marker.imports()) {
            imports.append("import ").append(name).append(";\n");
        }
        // The block's own package and import lines, before its first declaration.
        List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
        while (!lines.isEmpty()) {
            String line = lines.get(0).strip();
            Matcher pkgLine = PACKAGE_LINE.matcher(line);
            if (pkgLine.matches()) {
                pkg = pkgLine.group(1);
            } else if (line.startsWith("import ")) {
                imports.append(line).append('\n');
            } else if (!line.isEmpty()) {
                break;
            }
            lines.remove(0);
        }
        String rest = String.join("\n", lines);
        String header = "package " + pkg + ";\n" + imports;
        Map<String, String> sources = new LinkedHashMap<>();
        switch (marker.wrap()) {
            case CLASS -> sources.put(pkg + ".Snippet", header + "final class Snippet {\n" + rest + "\n}\n");
            case METHOD -> sources.put(pkg + ".Snippet", header + "final class Snippet {\n    " + marker.returns()
                    + " snippet(" + marker.parameters() + ") throws Throwable {\n" + rest + "\n    }\n}\n");
            case NONE -> {
                for (String type : topLevelTypes(rest)) {
                    sources.put(pkg + "." + typeName(type), header + type + "\n");
                }
            }
        }
        for (String name : marker.with()) {
            if (name.equals(ABOVE)) {
                continue;
            }
            String qualified = PACKAGE + "." + name;
            if (!sources.containsKey(qualified)) {
                sources.put(qualified, read(support.resolve(PACKAGE.replace('.', '/')).resolve(name + ".java")));
            }
        }
        return sources;
    }

    /** The sources as javac's file objects. */
    static List<JavaFileObject> files(Map<String, String> sources) {
        return sources.entrySet().stream().map(e -> JavaFileObjects.forSourceString(e.getKey(), e.getValue())).toList();
    }

    /** The top-level declarations of {@code code}, each with the comments and annotations before it. */
    static List<String> topLevelTypes(String code) {
        List<String> types = new ArrayList<>();
        String text = JavaText.blankCommentsAndLiterals(code);
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                types.add(code.substring(start, i + 1));
                start = i + 1;
            }
        }
        String tail = code.substring(start);
        if (!tail.isBlank()) {
            if (!JavaText.blankCommentsAndLiterals(tail).isBlank() || types.isEmpty()) {
                throw new IllegalArgumentException("not a complete compilation unit (use a <!-- compile: in class --> "
                        + "or in method marker for a fragment): " + tail.strip());
            }
            types.set(types.size() - 1, types.get(types.size() - 1) + tail);   // a comment after the last type
        }
        return types;
    }

    private static String typeName(String type) {
        Matcher m = TYPE.matcher(JavaText.blankCommentsAndLiterals(type));
        if (!m.find()) {
            throw new IllegalArgumentException("no type declared in: " + type.strip());
        }
        return m.group(1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("no support source " + file, e);
        }
    }
}
