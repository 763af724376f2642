package dev.kiln.it;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A record that reaches every JSON shape: nested records, collections, maps, optionals, arrays, bytes. */
public record Document(
        String id,
        String title,
        Color color,
        Author author,
        List<Section> sections,
        Set<String> tags,
        Map<String, Integer> counts,
        Optional<String> summary,
        Optional<Author> reviewer,
        long[] checksums,
        byte[] thumbnail,
        Integer version,
        Instant created) {

    /** A nested record. */
    public record Author(String name, Optional<String> email) {}

    /** A record nested in a list. */
    public record Section(String heading, List<String> paragraphs, Map<String, List<Author>> contributors) {}
}
