package dev.kiln.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration changed after the queries were checked (Maven does not recompile for a .sql): the application
 * refuses to start and says which file and how to rebuild, instead of running queries checked against another schema.
 */
class CheckedMigrationsTest {
    private static final String V1 = "CREATE TABLE notes (id BIGINT PRIMARY KEY, body VARCHAR(100));";

    @TempDir
    Path classes;

    /**
     * The starts below run with a class loader that sees only {@link #classes} as the thread's context loader: load
     * the JDBC drivers first with the test's own, or DriverManager, initialised under that loader, would find none.
     */
    @BeforeAll
    static void loadDrivers() {
        DriverManager.getDrivers();
    }

    @Test
    void theMigrationsTheQueriesWereCheckedAgainstPass() throws Exception {
        write(V1, V1);

        assertEquals(List.of(), CheckedMigrations.drift(loader()));
    }

    @Test
    void aMigrationChangedSinceTheCheckIsNamed() throws Exception {
        write(V1, "CREATE TABLE notes (id BIGINT PRIMARY KEY, text VARCHAR(100));");

        List<String> drift = CheckedMigrations.drift(loader());

        assertEquals(1, drift.size(), drift.toString());
        assertTrue(drift.getFirst().startsWith("db/migration/V1__notes.sql changed since the queries were checked"),
                drift.getFirst());
    }

    @Test
    void aStartWithAChangedMigrationFailsBeforeApplyingItSayingHowToRebuild() throws Exception {
        write(V1, "CREATE TABLE notes (id BIGINT PRIMARY KEY, text VARCHAR(100));");
        Database database = Database.create(KilnConfig.of(Map.of()));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader());
        try {
            IllegalStateException refused = assertThrows(IllegalStateException.class, database::start);
            assertTrue(refused.getMessage().contains("db/migration/V1__notes.sql changed since the queries were checked"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("mvn clean compile"), refused.getMessage());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            database.stop();
        }
    }

    /**
     * The test class path holds db/migration/V1__orders.sql and V2__customers.sql; the record names only V1 (as it
     * was when the queries were checked): Flyway would apply V2 too, so the start is refused, naming it.
     */
    @Test
    void aStartWithAMigrationAddedSinceTheCheckFailsNamingIt() throws Exception {
        byte[] v1;
        try (var in = getClass().getClassLoader().getResourceAsStream("db/migration/V1__orders.sql")) {
            v1 = in.readAllBytes();
        }
        Path record = classes.resolve(CheckedMigrations.RESOURCE);
        Files.createDirectories(record.getParent());
        Files.writeString(record, "V1__orders.sql sha256:"
                + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(v1)) + "\n");
        Database database = Database.create(KilnConfig.of(Map.of()));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader()));
        try {
            IllegalStateException refused = assertThrows(IllegalStateException.class, database::start);
            assertTrue(refused.getMessage().contains(
                    "db/migration/V2__customers.sql was added after the queries were checked"), refused.getMessage());
            assertTrue(refused.getMessage().contains("mvn clean compile"), refused.getMessage());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            database.stop();
        }
    }

    @Test
    void onlyMigrationsMissingFromTheRecordCountAsAdded() throws Exception {
        write(V1, V1);

        assertEquals(List.of(), CheckedMigrations.added(loader(), List.of("V1__notes.sql")));
        assertEquals(List.of("db/migration/V2__tags.sql was added after the queries were checked"),
                CheckedMigrations.added(loader(), List.of("V1__notes.sql", "V2__tags.sql")));
        assertEquals(List.of(), CheckedMigrations.added(new URLClassLoader(new URL[0], null), List.of("V2__tags.sql")),
                "an application without checked queries records nothing, and nothing is refused");
    }

    /** The record as the processor wrote it for {@code checked}, and the migration on the class path now. */
    private void write(String checked, String now) throws Exception {
        Path record = classes.resolve(CheckedMigrations.RESOURCE);
        Files.createDirectories(record.getParent());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(checked.getBytes()));
        Files.writeString(record, "V1__notes.sql sha256:" + sha + "\n");
        Path migration = classes.resolve("db/migration/V1__notes.sql");
        Files.createDirectories(migration.getParent());
        Files.writeString(migration, now);
    }

    private ClassLoader loader() throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
    }
}
