package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A data-access interface whose methods each carry a {@link Query}. Kiln checks every query against the schema
 * the project's Flyway migrations build ({@code src/main/resources/db/migration/V<n>__<description>.sql}) and
 * generates the implementation, bound in the application's graph: inject the interface to use it.
 *
 * <pre>{@code
 * @Repository
 * public interface OrderRepository {
 *     @Query("SELECT id, customer, total, status, created_at FROM orders WHERE id = :id")
 *     Optional<OrderRow> find(long id);
 *
 *     @Query("INSERT INTO orders (customer, total, status) VALUES (:customer, :total, 'PLACED')")
 *     int insert(String customer, BigDecimal total);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Repository {}
