package dev.kiln.processor.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What {@link SqlChecker} reads from a query, beyond what the compile-testing cases in processor-tests show through
 * errors: the kinds of parameters and result columns, and the bind order, against a small schema.
 */
class SqlCheckerTest {
    private static final SqlChecker CHECKER = new SqlChecker(Schema.interpret(List.of(new Migrations.Migration(
            "V1__orders.sql", Path.of("V1__orders.sql"), List.of(java.math.BigInteger.ONE), """
            CREATE TABLE orders (
                id       BIGSERIAL PRIMARY KEY,
                customer TEXT NOT NULL,
                total    NUMERIC(12, 2) NOT NULL,
                rating   INT
            );
            CREATE TABLE lines (
                id       BIGSERIAL PRIMARY KEY,
                order_id BIGINT NOT NULL REFERENCES orders (id),
                sku      TEXT NOT NULL
            );
            """))));

    @Test
    void aParameterMetOnlyAsAFunctionArgumentIsBoundAndCheckedAgainstNothing() {
        CheckedSql.Ok ok = ok("SELECT id FROM orders WHERE lower(customer) = lower(:name)"
                + " AND coalesce(rating, :fallback) > 0 AND total > :min");

        assertEquals(List.of("name", "fallback", "min"), ok.binds());
        assertEquals(Map.of(
                "name", new CheckedSql.Param(SqlKind.UNKNOWN, Optional.empty()),
                "fallback", new CheckedSql.Param(SqlKind.UNKNOWN, Optional.empty()),
                "min", new CheckedSql.Param(SqlKind.NUMERIC, Optional.of("orders.total"))), ok.params());
    }

    /** jOOQ gives INSERT … SELECT a row of unnamed placeholders as its values: the selected values are what is stored. */
    @Test
    void insertSelectStoresEachSelectedValueIntoItsColumn() {
        CheckedSql.Ok ok = ok("INSERT INTO lines (order_id, sku) SELECT id, :sku FROM orders WHERE customer = :customer");

        assertEquals(Map.of(
                "sku", new CheckedSql.Param(SqlKind.TEXT, Optional.of("lines.sku")),
                "customer", new CheckedSql.Param(SqlKind.TEXT, Optional.of("orders.customer"))), ok.params());
    }

    @Test
    void aPositionalParameterIsASyntaxError() {
        CheckedSql.Problem problem = assertInstanceOf(CheckedSql.Problem.class,
                CHECKER.check("SELECT id FROM orders WHERE id = ?"));

        assertEquals("KilnSqlSyntax", problem.tag());
    }

    @Test
    void resultColumnsCarryTheirColumnsKindsAndNullability() {
        CheckedSql.Ok ok = ok("SELECT o.id AS order_id, l.sku, count(*) AS n FROM orders o"
                + " LEFT JOIN lines l ON l.order_id = o.id GROUP BY o.id, l.sku");

        assertEquals(List.of(
                new CheckedSql.Column("order_id", SqlKind.BIGINT, Optional.of("orders.id"), Optional.empty()),
                new CheckedSql.Column("sku", SqlKind.TEXT, Optional.of("lines.sku"),
                        Optional.of("l is the optional side of an outer join")),
                new CheckedSql.Column("n", SqlKind.INTEGER, Optional.empty(), Optional.empty())), ok.columns());
    }

    @Test
    void anAsteriskGivesEveryColumnOfTheTable() {
        assertEquals(List.of("id", "customer", "total", "rating"),
                ok("SELECT * FROM orders").columns().stream().map(CheckedSql.Column::name).toList());
    }

    private static CheckedSql.Ok ok(String sql) {
        return assertInstanceOf(CheckedSql.Ok.class, CHECKER.check(sql));
    }
}
