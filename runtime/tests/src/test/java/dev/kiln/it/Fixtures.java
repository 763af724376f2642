package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Documents for the suites: a typed one that reaches every component kind, the same shape as a mutable
 * JSON tree for hand-made (and hand-broken) bodies, and a component-wise equality check, since record
 * equality compares arrays by identity.
 */
final class Fixtures {
    private Fixtures() {}

    /** A document with every component set, nested collections included. */
    static Document full(String id) {
        Map<String, List<Document.Author>> contributors = new LinkedHashMap<>();
        contributors.put("lead", List.of(new Document.Author("Bob", Optional.of("bob@example.com"))));
        contributors.put("review", List.of(new Document.Author("Cy", Optional.empty()),
                new Document.Author("Dee", Optional.of("dee@example.com"))));
        contributors.put("nobody", List.of());
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("views", 1_000_000);
        counts.put("negative", -7);
        counts.put("zéro", 0);
        return new Document(id, "Title « ünïcode » 😀", Color.GREEN,
                new Document.Author("Ada", Optional.of("ada@example.com")),
                List.of(new Document.Section("Intro", List.of("first", "", "line\nbreak \"quoted\""), contributors),
                        new Document.Section("Empty", List.of(), Map.of())),
                new LinkedHashSet<>(List.of("b", "a", "ü")),
                counts,
                Optional.of("A summary"),
                Optional.of(new Document.Author("Eve", Optional.empty())),
                new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE},
                new byte[] {0, 1, -1, (byte) 0x80, 0x7f},
                Integer.MIN_VALUE,
                Instant.parse("2024-01-31T10:15:30.123456789Z"));
    }

    /** The least a document can be: empty collections and arrays, no optionals. */
    static Document minimal(String id, String... tags) {
        return new Document(id, "t-" + id, Color.RED, new Document.Author("Ann", Optional.empty()), List.of(),
                new LinkedHashSet<>(List.of(tags)), Map.of(), Optional.empty(), Optional.empty(), new long[0],
                new byte[0], 0, Instant.EPOCH);
    }

    /** A valid document body as a mutable JSON tree (maps and lists), ready to be broken. */
    static Map<String, Object> json(String id) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("title", "Title");
        doc.put("color", "RED");
        doc.put("author", object("name", "Ada", "email", "ada@example.com"));
        Map<String, Object> contributors = new LinkedHashMap<>();
        contributors.put("lead", list(object("name", "Bob")));
        doc.put("sections", list(
                object("heading", "Intro", "paragraphs", list("p1", "p2"), "contributors", new LinkedHashMap<>()),
                object("heading", "Body", "paragraphs", list(), "contributors", contributors)));
        doc.put("tags", list("x", "y"));
        doc.put("counts", object("views", 3));
        doc.put("summary", "short");
        doc.put("reviewer", object("name", "Cy"));
        doc.put("checksums", list(1, -2));
        doc.put("thumbnail", "AAEC/w==");
        doc.put("version", 1);
        doc.put("created", "2024-01-31T10:15:30Z");
        return doc;
    }

    /** A mutable JSON object from name/value pairs. */
    static Map<String, Object> object(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** A mutable JSON array; elements may be null. */
    static List<Object> list(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    /** Follows names and indexes into a mutable JSON tree and returns the object found there. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> objectAt(Object root, Object... steps) {
        return (Map<String, Object>) JsonTree.at(root, steps);
    }

    /** Component-wise equality, arrays by content. */
    static void assertSameDocument(Document expected, Document actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.title(), actual.title());
        assertEquals(expected.color(), actual.color());
        assertEquals(expected.author(), actual.author());
        assertEquals(expected.sections(), actual.sections());
        assertEquals(expected.tags(), actual.tags());
        assertEquals(List.copyOf(expected.tags()), List.copyOf(actual.tags()), "tag order");
        assertEquals(expected.counts(), actual.counts());
        assertEquals(expected.summary(), actual.summary());
        assertEquals(expected.reviewer(), actual.reviewer());
        assertArrayEquals(expected.checksums(), actual.checksums());
        assertArrayEquals(expected.thumbnail(), actual.thumbnail());
        assertEquals(expected.version(), actual.version());
        assertEquals(expected.created(), actual.created());
    }
}
