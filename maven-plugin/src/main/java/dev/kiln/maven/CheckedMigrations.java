package dev.kiln.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The migrations a module's queries were last checked against (the processor's
 * {@code META-INF/kiln/data/migrations.txt}: one {@code <file> sha256:<hex>} line per migration) compared with the
 * migrations in the source tree now.
 *
 * <pre>{@code
 * CheckedMigrations.Difference d = CheckedMigrations.compare(classes.resolve(CheckedMigrations.FINGERPRINT),
 *         project.resolve("src/main/resources/db/migration"));
 * if (!d.none()) { ... compile the module again ... }
 * }</pre>
 */
final class CheckedMigrations {
    /** Where the processor writes the migrations it checked the queries against, under the class output. */
    static final String FINGERPRINT = "META-INF/kiln/data/migrations.txt";

    // The file names Flyway runs (the processor's Migrations reads the same ones).
    private static final Pattern MIGRATION = Pattern.compile("(V\\d+(?:[._]\\d+)*|R)__.+\\.sql");

    private CheckedMigrations() {}

    /**
     * What changed between the checked and the present migrations.
     *
     * @param changed files whose text differs, or that were added or removed, by path relative to the migrations
     *                directory; empty when the queries were checked against exactly these migrations
     */
    record Difference(Set<String> changed) {
        boolean none() {
            return changed.isEmpty();
        }
    }

    /**
     * The difference between {@code fingerprint} and {@code migrations}; none when {@code fingerprint} does not exist
     * (the module has no repository, or was never compiled: its next compile checks everything anyway).
     */
    static Difference compare(Path fingerprint, Path migrations) {
        if (!Files.isRegularFile(fingerprint)) {
            return new Difference(Set.of());
        }
        try {
            Set<String> checked = new LinkedHashSet<>(Files.readAllLines(fingerprint, StandardCharsets.UTF_8));
            checked.removeIf(String::isBlank);
            Set<String> present = new LinkedHashSet<>(lines(migrations));
            Set<String> changed = new TreeSet<>();
            for (String line : checked) {
                if (!present.contains(line)) {
                    changed.add(file(line));
                }
            }
            for (String line : present) {
                if (!checked.contains(line)) {
                    changed.add(file(line));
                }
            }
            return new Difference(changed);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compare " + fingerprint + " with " + migrations, e);
        }
    }

    /** The fingerprint lines of the migrations under {@code directory} now, as the processor writes them. */
    static List<String> lines(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> MIGRATION.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .map(p -> directory.relativize(p).toString().replace('\\', '/') + " sha256:" + sha256(p))
                    .toList();
        }
    }

    private static String file(String line) {
        int space = line.lastIndexOf(" sha256:");
        return space < 0 ? line : line.substring(0, space);
    }

    // Of the text read as UTF-8, as the processor hashes it.
    private static String sha256(Path file) {
        try {
            byte[] text = Files.readString(file, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
