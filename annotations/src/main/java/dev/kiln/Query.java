package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The SQL of a {@link Repository} method, written for PostgreSQL, with named parameters ({@code :customer}) bound
 * to the method's parameters of the same name. Checked at compile time against the migrations' schema: tables,
 * columns, parameter and result types, the record components the result columns fill (snake_case column,
 * camelCase component). The return type says what the query gives: {@code Optional<R>} (at most one row),
 * {@code R} (exactly one), {@code List<R>}, {@code Stream<R>} (close it), {@code int}/{@code long} (update count),
 * a scalar from a one-column query, or {@code void}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
    /** The SQL, PostgreSQL dialect, with {@code :name} parameters. */
    String value();
}
