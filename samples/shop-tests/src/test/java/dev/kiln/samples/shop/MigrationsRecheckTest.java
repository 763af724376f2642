package dev.kiln.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        UserBuild.copy(PROJECT, work);
        UserBuild.Result first = compile();
        assertEquals(0, first.exit(), first.output());

        Path migration = work.resolve("src/main/resources/db/migration/V1__items.sql");
        Files.writeString(migration, Files.readString(migration).replace("title VARCHAR", "name VARCHAR"));
        UserBuild.Result second = compile();

        assertNotEquals(0, second.exit(), "the renamed column must fail the unchanged query:\n" + second.output());
        assertTrue(second.output().contains("Migrations changed since the queries were last checked (V1__items.sql):"
                + " the module is compiled again"), second.output());
        assertTrue(second.output().contains("ItemRepository.java:[11,12] [KilnUnknownColumn] ItemRepository.find:"
                + " column title is not in items"), second.output());
    }

    @Test
    void aDependencyAddedCompilesTheModuleAgain() throws Exception {
        UserBuild.copy(PROJECT, work);
        UserBuild.Result first = compile();
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
        UserBuild.Result second = compile();

        assertEquals(0, second.exit(), second.output());
        assertTrue(second.output().contains("The class path changed since the last compile: the module is compiled"
                + " again"), second.output());
        assertTrue(Files.exists(generated), "the processor ran again");
    }

    private UserBuild.Result compile() throws IOException, InterruptedException {
        return UserBuild.run(work, "compile");
    }
}
