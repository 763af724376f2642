package dev.kiln.runtime.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;

/**
 * The migrations the processor checked an application's {@code @Query} SQL against, as it recorded them in
 * {@value #RESOURCE} ({@code V1__orders.sql sha256:<hex>} per line), compared with the {@code db/migration} files
 * on the class path now. maven-compiler-plugin does not recompile when only a {@code .sql} file changed, so a
 * changed migration can reach a run whose queries were checked against the old one: {@link Database#start()}
 * refuses that, naming the file and the rebuild that checks the queries again. Only the files listed are read (no
 * class-path scanning); a migration added since is Flyway's to find and the next clean build's to check.
 */
final class CheckedMigrations {
    static final String RESOURCE = "META-INF/kiln/data/migrations.txt";
    private static final String LOCATION = "db/migration/";

    private CheckedMigrations() {}

    /** What differs from what was checked, one line each; empty when nothing does (or nothing was recorded). */
    static List<String> drift(ClassLoader loader) {
        List<String> problems = new ArrayList<>();
        try {
            Enumeration<URL> records = loader.getResources(RESOURCE);
            while (records.hasMoreElements()) {
                URL record = records.nextElement();
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(record.openStream(), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        compare(loader, line.strip(), problems);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
        return problems;
    }

    /**
     * The migrations on the class path now ({@code scripts}, as Flyway resolves them) that were not there when the
     * queries were checked; empty when nothing was recorded (an application without checked queries).
     */
    static List<String> added(ClassLoader loader, Collection<String> scripts) {
        Set<String> checked = new HashSet<>();
        try {
            Enumeration<URL> records = loader.getResources(RESOURCE);
            if (!records.hasMoreElements()) {
                return List.of();
            }
            while (records.hasMoreElements()) {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(records.nextElement().openStream(), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        int space = line.indexOf(" sha256:");
                        if (space > 0) {
                            checked.add(line.substring(0, space).strip());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
        return scripts.stream().filter(script -> !checked.contains(script)).sorted()
                .map(script -> LOCATION + script + " was added after the queries were checked").toList();
    }

    private static void compare(ClassLoader loader, String line, List<String> problems) throws IOException {
        int space = line.indexOf(" sha256:");
        if (line.isEmpty() || space < 0) {
            return;
        }
        String file = line.substring(0, space);
        String checked = line.substring(space + " sha256:".length());
        try (InputStream in = loader.getResourceAsStream(LOCATION + file)) {
            if (in == null) {
                problems.add(LOCATION + file + " was checked but is no longer on the class path");
                return;
            }
            String now = sha256(in.readAllBytes());
            if (!now.equals(checked)) {
                problems.add(LOCATION + file + " changed since the queries were checked (sha256 " + checked
                        + " then, " + now + " now)");
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
