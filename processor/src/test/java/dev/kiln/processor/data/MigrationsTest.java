package dev.kiln.processor.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway's order of migrations, and migrations split into statements with the lines they start on. */
class MigrationsTest {

    @Test
    void versionsAreComparedAsNumbersPartByPartAndRepeatablesComeLast(@TempDir Path dir) throws IOException {
        for (String name : List.of("V2__b.sql", "V1_10__c.sql", "R__view.sql", "V1_9__b.sql", "V1__a.sql",
                "V1.9.1__d.sql", "README.md", "V3__x.txt")) {
            Files.writeString(dir.resolve(name), "SELECT 1;");
        }
        Files.createDirectories(dir.resolve("later"));
        Files.writeString(dir.resolve("later/V10__e.sql"), "SELECT 1;");

        assertEquals(List.of("V1__a.sql", "V1_9__b.sql", "V1.9.1__d.sql", "V1_10__c.sql", "V2__b.sql",
                        "later/V10__e.sql", "R__view.sql"),
                Migrations.read(dir).stream().map(Migrations.Migration::file).toList());
    }

    @Test
    void statementsEndAtSemicolonsOutsideStringsCommentsAndDollarQuotes() {
        String script = """
                -- a comment; not a statement
                CREATE TABLE t (a TEXT DEFAULT 'x;y');

                CREATE FUNCTION f() RETURNS int AS $body$
                BEGIN RETURN 1; END
                $body$ LANGUAGE plpgsql;
                /* block; comment */ ALTER TABLE t ADD COLUMN "b;c" INT;
                """;

        List<SqlScript.Statement> statements = SqlScript.split(script);

        assertEquals(List.of(2, 4, 7), statements.stream().map(SqlScript.Statement::line).toList());
        assertEquals("CREATE TABLE t (a TEXT DEFAULT 'x;y')", statements.getFirst().sql().lines()
                .filter(l -> l.startsWith("CREATE")).findFirst().orElseThrow());
    }
}
