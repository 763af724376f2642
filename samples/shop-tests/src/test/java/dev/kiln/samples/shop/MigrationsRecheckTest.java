package dev.kiln.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's project (src/test/resources/migrations-project: one repository, one migration, kiln-maven-plugin's
 * {@code migrations} goal) built twice with real Maven against the installed Kiln artifacts: a migration changed
 * alone — no Java source touched — makes the next build check the queries again and fail on the query the change
 * broke. Without the goal, maven-compiler-plugin answers "Nothing to compile" and the stale check stands.
 */
class MigrationsRecheckTest {
    private static final Path PROJECT = Path.of("src/test/resources/migrations-project");

    @TempDir
    Path work;

    @Test
    void aChangedMigrationChecksTheQueriesAgain() throws Exception {
        copy(PROJECT, work);
        Build first = compile();
        assertEquals(0, first.exit(), first.output());

        Path migration = work.resolve("src/main/resources/db/migration/V1__items.sql");
        Files.writeString(migration, Files.readString(migration).replace("title VARCHAR", "name VARCHAR"));
        Build second = compile();

        assertNotEquals(0, second.exit(), "the renamed column must fail the unchanged query:\n" + second.output());
        assertTrue(second.output().contains("Migrations changed since the queries were last checked (V1__items.sql):"
                + " the module is compiled again"), second.output());
        assertTrue(second.output().contains("ItemRepository.java:[11,12] [KilnUnknownColumn] ItemRepository.find:"
                + " column title is not in items"), second.output());
    }

    @Test
    void aDependencyAddedCompilesTheModuleAgain() throws Exception {
        copy(PROJECT, work);
        Build first = compile();
        assertEquals(0, first.exit(), first.output());
        Path generated = work.resolve("target/generated-sources/annotations/com/example/items/ItemRepositoryImpl.java");
        Files.delete(generated); // what a second compile writes again, and a skipped one does not

        Path pom = work.resolve("pom.xml");
        String text = Files.readString(pom);
        int end = text.lastIndexOf("  </dependencies>");
        Files.writeString(pom, text.substring(0, end) + """
                    <dependency>
                      <groupId>dev.kiln</groupId>
                      <artifactId>kiln-runtime-telemetry</artifactId>
                    </dependency>
                """ + text.substring(end));
        Build second = compile();

        assertEquals(0, second.exit(), second.output());
        assertTrue(second.output().contains("The class path changed since the last compile: the module is compiled"
                + " again"), second.output());
        assertTrue(Files.exists(generated), "the processor ran again");
    }

    private Build compile() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("kiln.mvnw"), "-B", "compile",
                "-Dkiln.version=" + System.getProperty("kiln.version")));
        String repository = System.getProperty("kiln.local-repository");
        if (repository != null && !repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "Maven did not finish");
        return new Build(process.exitValue(), output);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private record Build(int exit, String output) {}
}
