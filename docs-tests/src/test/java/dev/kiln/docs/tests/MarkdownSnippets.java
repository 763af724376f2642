package dev.kiln.docs.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code ```java} blocks of the project's Markdown: README.md and every {@code docs/*.md}, found by listing the
 * folder, so a new page is checked without being named anywhere. Each block carries the HTML comment directly
 * before it (blank lines between allowed), which says how it is checked ({@link SnippetMarker}).
 *
 * <pre>{@code
 * for (Snippet s : MarkdownSnippets.of(root)) { ... s.where() ... s.code() ... }
 * }</pre>
 */
final class MarkdownSnippets {
    private static final String FENCE = "```";

    private MarkdownSnippets() {}

    /**
     * One block: the page it is on (relative to the root), the line of its opening fence, marker and code, the next
     * fenced block of the page (where a page quotes what javac says about it) and the page's java block before it
     * (null for the first).
     */
    record Snippet(String page, int line, String marker, String code, String next, Snippet previous) {
        String where() {
            return page + ":" + line;
        }
    }

    /** The pages checked: README.md, then docs/*.md in name order. */
    static List<Path> pages(Path root) {
        List<Path> pages = new ArrayList<>();
        pages.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** Every java block of every page. */
    static List<Snippet> of(Path root) {
        List<Snippet> snippets = new ArrayList<>();
        for (Path page : pages(root)) {
            try {
                snippets.addAll(parse(root.relativize(page).toString(), Files.readString(page, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return snippets;
    }

    /** The java blocks of one page's text. */
    static List<Snippet> parse(String page, String markdown) {
        List<Snippet> snippets = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String fence = lines[i].strip();
            if (!fence.startsWith(FENCE)) {
                continue;
            }
            int end = i + 1;
            while (end < lines.length && !lines[end].strip().equals(FENCE)) {
                end++;
            }
            if (fence.equals(FENCE + "java")) {
                Snippet previous = snippets.isEmpty() ? null : snippets.get(snippets.size() - 1);
                snippets.add(new Snippet(page, i + 1, markerBefore(lines, i), body(lines, i), nextBlock(lines, end + 1),
                        previous));
            }
            i = end;
        }
        return snippets;
    }

    // The lines between the fence at `open` and the closing one.
    private static String body(String[] lines, int open) {
        StringBuilder code = new StringBuilder();
        for (int j = open + 1; j < lines.length && !lines[j].strip().equals(FENCE); j++) {
            code.append(lines[j]).append('\n');
        }
        return code.toString();
    }

    private static String nextBlock(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].strip().startsWith(FENCE)) {
                return body(lines, i);
            }
        }
        return "";
    }

    // The HTML comment ending on the last non-blank line before the fence, or "" (a complete compilation unit).
    private static String markerBefore(String[] lines, int fence) {
        int last = fence - 1;
        while (last >= 0 && lines[last].isBlank()) {
            last--;
        }
        if (last < 0 || !lines[last].strip().endsWith("-->")) {
            return "";
        }
        int first = last;
        while (first > 0 && !lines[first].contains("<!--")) {
            first--;
        }
        StringBuilder comment = new StringBuilder();
        for (int j = first; j <= last; j++) {
            comment.append(lines[j].strip()).append(' ');
        }
        String text = comment.toString().strip();
        return text.substring(text.indexOf("<!--") + 4, text.length() - 3).strip();
    }
}
