package dev.kiln.processor.data;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * The project's Flyway-named migrations, found without configuration and ordered as Flyway applies them.
 *
 * <p>Where: {@code -Akiln.migrations=<dir>} when given; else {@code src/main/resources/db/migration} of the project
 * whose class output this compilation writes ({@code target/classes} or {@code target/test-classes}, two levels
 * below the project); else {@code db/migration} in the class output itself (Maven copies resources there before it
 * compiles). Which files: {@code V<version>__<description>.sql} (version parts separated by {@code .} or {@code _},
 * compared as numbers: {@code V1_10} after {@code V1_9}, {@code V2} after both), then the repeatable
 * {@code R__<description>.sql} by description, as Flyway runs them after the versioned ones.
 *
 * <pre>{@code
 * Migrations.Found found = Migrations.find(env.getOptions(), env.getFiler());
 * found.migrations().forEach(m -> System.out.println(m.file()));   // V1__orders.sql, V1_9__..., V1_10__...
 * }</pre>
 */
public final class Migrations {
    /** The processor option that names the migrations directory. */
    public static final String OPTION = "kiln.migrations";

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    private static final Pattern REPEATABLE = Pattern.compile("R__(.+)\\.sql");

    /**
     * One migration file.
     *
     * @param file    its path relative to the migrations directory, with {@code /}
     * @param path    where it is
     * @param version its version parts; empty for a repeatable migration
     * @param text    its SQL
     */
    public record Migration(String file, Path path, List<BigInteger> version, String text) {}

    /**
     * What was found.
     *
     * @param directory  the migrations directory, when one exists
     * @param searched   the directories looked at, in order (for the error when there is none)
     * @param migrations the migrations in Flyway's order
     */
    public record Found(Optional<Path> directory, List<Path> searched, List<Migration> migrations) {
        /** {@code "V1__orders.sql sha256:…"} per migration, one a line: what the queries were checked against. */
        public String fingerprint() {
            StringBuilder out = new StringBuilder();
            for (Migration m : migrations) {
                out.append(m.file()).append(" sha256:").append(sha256(m.text())).append('\n');
            }
            return out.toString();
        }
    }

    private Migrations() {}

    /** Finds and reads the migrations, for the options and class output of this compilation. */
    public static Found find(Map<String, String> options, Filer filer) throws IOException {
        List<Path> candidates = candidates(options, filer);
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                return new Found(Optional.of(candidate), candidates, read(candidate));
            }
        }
        return new Found(Optional.empty(), candidates, List.of());
    }

    private static List<Path> candidates(Map<String, String> options, Filer filer) {
        String explicit = options.get(OPTION);
        if (explicit != null && !explicit.isBlank()) {
            return List.of(Path.of(explicit).toAbsolutePath().normalize());
        }
        List<Path> candidates = new ArrayList<>();
        classOutput(filer).ifPresent(classes -> {
            Path project = classes.getParent() == null ? null : classes.getParent().getParent();
            if (project != null) {
                candidates.add(project.resolve("src/main/resources/db/migration"));
            }
            candidates.add(classes.resolve("db/migration"));
        });
        return candidates;
    }

    // The directory javac writes classes to, when it is one (compile-testing's in-memory output is not).
    private static Optional<Path> classOutput(Filer filer) {
        try {
            URI probe = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "kiln-class-output").toUri();
            return "file".equals(probe.getScheme()) ? Optional.ofNullable(Path.of(probe).getParent()) : Optional.empty();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The migrations under {@code directory} (Flyway scans it recursively), in Flyway's order. */
    public static List<Migration> read(Path directory) throws IOException {
        List<Migration> versioned = new ArrayList<>();
        List<Migration> repeatable = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path path : files) {
            String name = path.getFileName().toString();
            String relative = directory.relativize(path).toString().replace('\\', '/');
            Matcher v = VERSIONED.matcher(name);
            if (v.matches()) {
                List<BigInteger> version = Arrays.stream(v.group(1).split("[._]")).map(BigInteger::new).toList();
                versioned.add(new Migration(relative, path, version, Files.readString(path, StandardCharsets.UTF_8)));
            } else if (REPEATABLE.matcher(name).matches()) {
                repeatable.add(new Migration(relative, path, List.of(), Files.readString(path, StandardCharsets.UTF_8)));
            }
        }
        versioned.sort(Comparator.<Migration, List<BigInteger>>comparing(Migration::version, Migrations::compareVersions)
                .thenComparing(Migration::file));
        repeatable.sort(Comparator.comparing(m -> m.path().getFileName().toString()));
        versioned.addAll(repeatable);
        return List.copyOf(versioned);
    }

    /** Flyway's order: part by part as numbers, trailing zero parts ignored ({@code 1.0} is {@code 1}). */
    static int compareVersions(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
