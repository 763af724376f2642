package dev.kiln.docs.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a block of the docs is an excerpt of real code, line by line and modulo indentation: a line of the block
 * may add a trailing {@code // comment} the code does not have, and a line that is only {@code ...} (or {@code …})
 * stands for lines left out. Blank lines and comment lines (Javadoc, {@code //}) are ignored on both sides.
 *
 * <pre>{@code
 * Optional<String> problem = Excerpts.inOrder(block, goldenText);   // empty: the block is in the file
 * }</pre>
 */
final class Excerpts {
    private static final Pattern ELISION = Pattern.compile("(…|\\.\\.\\.)");

    private Excerpts() {}

    /** Empty when every run of lines between elisions appears, consecutively and in order, in {@code code}. */
    static Optional<String> inOrder(String block, String code) {
        List<String> source = lines(code).stream().filter(l -> !isComment(l)).toList();
        int from = 0;
        for (List<String> run : runs(block)) {
            int at = find(source, run, from);
            if (at < 0) {
                return Optional.of(firstMismatch(source, run, from));
            }
            from = at + run.size();
        }
        return Optional.empty();
    }

    /**
     * Empty when each declaration line of {@code block} (less its trailing {@code ;} or {@code {}, a lone
     * {@code }} ignored) starts a line of {@code code}; {@code synchronized}, {@code default} and {@code java.util.}
     * qualifiers are not the reader's concern and are ignored.
     */
    static Optional<String> declarations(String block, String code) {
        List<String> source = lines(code).stream().map(Excerpts::unqualified).toList();
        for (String line : lines(block)) {
            String declaration = unqualified(withoutComment(line).replaceAll("\\s*[;{]$", ""));
            if (declaration.equals("}") || declaration.isEmpty()) {
                continue;
            }
            if (source.stream().noneMatch(s -> s.startsWith(declaration))) {
                return Optional.of("no declaration starting with: " + declaration);
            }
        }
        return Optional.empty();
    }

    private static String unqualified(String line) {
        return line.replaceAll("\\b(synchronized|default) ", "").replace("java.util.", "");
    }

    private static List<List<String>> runs(String block) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines(block)) {
            if (isComment(line) && !isElision(line)) {
                continue;
            }
            if (ELISION.matcher(line).replaceAll("").isBlank() || line.equals("// ...") || line.equals("// …")) {
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            } else {
                run.add(line);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static boolean isComment(String line) {
        return line.startsWith("//") || line.startsWith("/*") || line.startsWith("*");
    }

    private static boolean isElision(String line) {
        return line.equals("// ...") || line.equals("// …");
    }

    private static int find(List<String> source, List<String> run, int from) {
        for (int at = from; at + run.size() <= source.size(); at++) {
            int matched = 0;
            while (matched < run.size() && same(run.get(matched), source.get(at + matched))) {
                matched++;
            }
            if (matched == run.size()) {
                return at;
            }
        }
        return -1;
    }

    // The block line that stops the longest partial match: what the reader of the failure needs to fix.
    private static String firstMismatch(List<String> source, List<String> run, int from) {
        int best = 0;
        int bestAt = -1;
        for (int at = from; at < source.size(); at++) {
            int matched = 0;
            while (matched < run.size() && at + matched < source.size() && same(run.get(matched), source.get(at + matched))) {
                matched++;
            }
            if (matched > best) {
                best = matched;
                bestAt = at;
            }
        }
        String line = run.get(Math.min(best, run.size() - 1));
        return bestAt < 0 ? "not in the file: " + run.get(0)
                : "after " + best + " matching line(s), not in the file: " + line
                        + (bestAt + best < source.size() ? "\n  the file has:          " + source.get(bestAt + best) : "");
    }

    private static boolean same(String docLine, String codeLine) {
        return docLine.equals(codeLine) || withoutComment(docLine).equals(codeLine);
    }

    // "foo();   // why" → "foo();": a comment the docs add for the reader.
    private static String withoutComment(String line) {
        int end = JavaText.blankCommentsAndLiterals(line).stripTrailing().length();
        String rest = line.substring(end).stripLeading();
        return rest.startsWith("//") || rest.startsWith("/*") ? line.substring(0, end).stripTrailing() : line;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
