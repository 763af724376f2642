package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.data.Database;
import dev.kiln.runtime.data.SqlDialect;
import dev.kiln.runtime.data.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated repository runs: {@code good/data}'s {@code OrderRepositoryImpl}, compiled with Kiln, called through
 * every method ({@code run/data/Exercise}) against real PostgreSQL (embedded) and H2 in PostgreSQL mode, both
 * migrated with {@code migrations/shop} (written for PostgreSQL; jOOQ translates the DDL for H2); both give the same
 * answers. (The test loads the compiled classes by
 * reflection only because they exist in memory; the generated code uses none.)
 */
class DataRunTest {
    private static final AtomicInteger H2_DATABASES = new AtomicInteger();

    /** What every method gives on a fresh database, on both engines. */
    private static final List<String> EXPECTED = List.of(
            "create gives new ids: true",
            "insert: 1",
            "get: ada 12.50 PLACED gift HIGH",
            "get with no note: null",
            "get missing: ResultCountException, 0 rows",
            "find: Optional[ada]",
            "find missing: Optional.empty",
            "byCustomer: [12.50, 7.25]",
            "byStatus: 3",
            "lines (outer join, none): 1 null null",
            "extras, NULLs: Optional.empty Optional[LOW] Optional.empty Optional.empty Optional.empty Optional[ada]"
                    + " Optional.empty",
            "extras: Optional[gift] Optional[HIGH] Optional[4] Optional[2030-01-02]"
                    + " Optional[00000000-0000-0000-0000-000000000007] Optional[ada] Optional.empty",
            "count: 2",
            "largest: Optional[12.50]",
            "unpaid: []",
            "setStatus: 1",
            "after setStatus: PAID",
            "countSince: 2",
            "after purge of nothing: 2",
            "customerLines (l.*): [sku-1 2 3.50 ada true]",
            "noteFirstSku (UPDATE … FROM): 1 sku-1",
            "lineCounts (WITH): [first Optional.empty, other Optional[1]]",
            "first (default method): true");

    private static Function<Database, List<String>> exercise;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void compile() throws ReflectiveOperationException {
        List<JavaFileObject> sources = new ArrayList<>(List.of(
                Kiln.resources("good/data", DataGoldenTest.SOURCES.toArray(String[]::new))));
        sources.add(JavaFileObjects.forResource("run/data/Exercise.java"));
        Compilation compilation = Kiln.withMigrations("shop").compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        ClassLoader loader = new CompiledClasses(compilation, DataRunTest.class.getClassLoader());
        exercise = (Function<Database, List<String>>) loader.loadClass("data.Exercise").getConstructor().newInstance();
    }

    @Test
    void everyMethodOfTheGeneratedRepositoryRunsOnPostgreSql() {
        assertEquals(EXPECTED, runOn(TestPostgres.newDatabase()));
    }

    @Test
    void everyMethodOfTheGeneratedRepositoryRunsOnH2() {
        assertEquals(EXPECTED, runOn("jdbc:h2:mem:data-run-" + H2_DATABASES.incrementAndGet()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
    }

    private static List<String> runOn(String url) {
        Database database = Database.create(KilnConfig.of(Map.of("kiln.datasource.url", url,
                "kiln.datasource.migrate", "false")));
        database.start();
        try {
            migrate(database);
            return exercise.apply(database);
        } finally {
            database.stop();
        }
    }

    /** Reads PostgreSQL DDL and writes it for H2 (TIMESTAMPTZ, BIGSERIAL): these migrations are PostgreSQL's. */
    private static final DSLContext H2 = DSL.using(SQLDialect.H2, new Settings()
            .withParseDialect(SQLDialect.POSTGRES).withRenderQuotedNames(RenderQuotedNames.NEVER));

    /** migrations/shop in Flyway's order (the test's own copy of what Flyway does at start in an application). */
    private static void migrate(Database database) {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String file : List.of("V1__orders.sql", "V1_9__lines.sql", "V1_10__line_price.sql", "V2__payment.sql")) {
                String script = Files.readString(Path.of(Kiln.class.getClassLoader()
                        .getResource("migrations/shop/" + file).toURI()));
                for (String sql : Stream.of(script.split(";")).map(String::strip)
                        .map(s -> s.replaceAll("(?m)^--.*$", "").strip()).filter(s -> !s.isEmpty()).toList()) {
                    statement.execute(database.dialect() == SqlDialect.H2 ? H2.render(H2.parser().parseQuery(sql)) : sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("migrating " + database, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
