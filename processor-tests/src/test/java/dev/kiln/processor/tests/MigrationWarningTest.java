package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/**
 * {@code resources/migrations/unreadable}: a PL/pgSQL function jOOQ's open-source parser cannot read, between a
 * CREATE TABLE and an ALTER TABLE. It is one warning naming the file and the statement's line; the schema is built
 * from the other statements, so a query of the column the ALTER adds still compiles.
 */
class MigrationWarningTest {

    @Test
    void aStatementJooqCannotInterpretIsAWarningNamingFileAndLine() {
        Compilation compilation = Kiln.withMigrations("unreadable")
                .compile(JavaFileObjects.forResource("good/notes/NoteRepository.java"));

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[KilnMigrationNotInterpreted] ");
        assertThat(compilation).hadWarningContaining("V1__orders.sql:7: jOOQ cannot parse this statement");
        assertThat(compilation).hadWarningContaining("queries are checked without it");
    }
}
