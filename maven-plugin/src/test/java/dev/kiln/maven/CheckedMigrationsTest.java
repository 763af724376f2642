package dev.kiln.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison of the checked migrations with the present ones, and what the goal deletes. */
class CheckedMigrationsTest {
    @TempDir
    Path dir;
    Path migrations;
    Path fingerprint;

    @BeforeEach
    void setUp() throws IOException {
        migrations = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(migrations.resolve("V1__items.sql"), "CREATE TABLE items (id BIGINT);\n");
        Files.createDirectories(migrations.resolve("more"));
        Files.writeString(migrations.resolve("more/V2__tags.sql"), "CREATE TABLE tags (id BIGINT);\n");
        Files.writeString(migrations.resolve("README.txt"), "not a migration");
        fingerprint = dir.resolve("classes").resolve(CheckedMigrations.FINGERPRINT);
        Files.createDirectories(fingerprint.getParent());
        // As the processor writes it: Flyway's order, one line per migration.
        Files.write(fingerprint, CheckedMigrations.lines(migrations));
    }

    @Test
    void theMigrationsCheckedAgainstAreNoDifference() {
        assertTrue(CheckedMigrations.compare(fingerprint, migrations).none());
    }

    @Test
    void anEditedAddedOrRemovedMigrationIsNamed() throws IOException {
        Files.writeString(migrations.resolve("V1__items.sql"), "CREATE TABLE items (id BIGINT, title TEXT);\n");
        Files.writeString(migrations.resolve("V3__notes.sql"), "CREATE TABLE notes (id BIGINT);\n");
        Files.delete(migrations.resolve("more/V2__tags.sql"));

        CheckedMigrations.Difference difference = CheckedMigrations.compare(fingerprint, migrations);

        assertEquals(Set.of("V1__items.sql", "V3__notes.sql", "more/V2__tags.sql"), difference.changed());
    }

    @Test
    void aFileFlywayDoesNotRunIsNoDifference() throws IOException {
        Files.writeString(migrations.resolve("notes.md"), "anything");
        assertTrue(CheckedMigrations.compare(fingerprint, migrations).none());
    }

    @Test
    void withoutAFingerprintThereIsNothingToCompare() throws IOException {
        Files.delete(fingerprint);
        assertTrue(CheckedMigrations.compare(fingerprint, migrations).none());
    }

    @Test
    void aClassPathEntryWhoseContentChangedIsAChange() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other/target/classes"));
        Path clazz = Files.writeString(other.resolve("A.class"), "v1");
        Files.setLastModifiedTime(clazz, java.nio.file.attribute.FileTime.fromMillis(1_000_000L));
        Path build = dir.resolve("target");
        java.util.List<String> classpath = java.util.List.of(other.toString());

        assertFalse(InputsMojo.classpathChanged(build, classpath, "own"), "the first run records");
        assertFalse(InputsMojo.classpathChanged(build, classpath, "own"), "nothing changed");
        Files.setLastModifiedTime(clazz, java.nio.file.attribute.FileTime.fromMillis(2_000_000L));
        assertTrue(InputsMojo.classpathChanged(build, classpath, "own"), "the other module was rebuilt");
        assertFalse(InputsMojo.classpathChanged(build, classpath, "own"));
        assertTrue(InputsMojo.classpathChanged(build, java.util.List.of(other.toString(), "extra.jar"), "own"),
                "an entry added");
    }

    @Test
    void theCompilerForgetsTheInputsOfEveryMainCompileExecution() throws IOException {
        Path status = dir.resolve("target").resolve(InputsMojo.COMPILER_STATUS);
        for (String execution : new String[] {"default-compile", "second"}) {
            Files.createDirectories(status.resolve(execution));
            Files.writeString(status.resolve(execution).resolve("inputFiles.lst"), "A.java\n");
            Files.writeString(status.resolve(execution).resolve("createdFiles.lst"), "A.class\n");
        }

        InputsMojo.forgetCompilerInputs(dir.resolve("target"));

        assertFalse(Files.exists(status.resolve("default-compile/inputFiles.lst")));
        assertFalse(Files.exists(status.resolve("second/inputFiles.lst")));
        assertTrue(Files.exists(status.resolve("second/createdFiles.lst")));
    }
}
