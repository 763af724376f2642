package data;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

@Repository
public interface OrderRepository {
    @Query("SELECT id, customer, total, status, created_at, note, priority FROM orders WHERE id = :id")
    Optional<OrderRow> find(long id);

    @Query("SELECT customer, id, total, status, created_at, note, priority FROM orders WHERE id = :id")
    OrderRow get(long id);

    @Query("""
            SELECT id, customer, total, status, created_at, note, priority
            FROM orders
            WHERE customer = :customer
            ORDER BY id""")
    List<OrderRow> byCustomer(String customer);

    @Query("SELECT id, customer, total, status, created_at, note, priority FROM orders WHERE status = :status")
    Stream<OrderRow> byStatus(OrderStatus status);

    @Query("SELECT o.id AS order_id, l.sku, l.quantity, l.price FROM orders o LEFT JOIN lines l ON l.order_id = o.id"
            + " WHERE o.id = :id")
    List<LineView> lines(long id);

    @Query("""
            SELECT o.id, o.note, o.priority, o.rating, o.due, o.reference, o.customer, l.quantity
            FROM orders o LEFT JOIN lines l ON l.order_id = o.id
            WHERE o.id = :id""")
    List<OrderExtras> extras(long id);

    @Query("UPDATE orders SET rating = :rating, due = :due, reference = :reference WHERE id = :id")
    int rate(long id, Integer rating, LocalDate due, UUID reference);

    // l.* beside another table: Kiln spells it out as the columns of lines (jOOQ resolves t.* over one table only).
    @Query("SELECT l.*, o.customer FROM orders o JOIN lines l ON l.order_id = o.id WHERE o.id = :id ORDER BY l.id")
    List<CustomerLine> customerLines(long id);

    // A WITH query is a table of this query, its columns typed as what it selects (count(*): a number, as an expression).
    @Query("""
            WITH counted AS (SELECT order_id, count(*) AS line_count FROM lines GROUP BY order_id)
            SELECT o.id, c.line_count FROM orders o LEFT JOIN counted c ON c.order_id = o.id
            WHERE o.customer = :customer ORDER BY o.id""")
    List<LineCount> lineCounts(String customer);

    @Query("INSERT INTO lines (order_id, sku, quantity, price) VALUES (:orderId, :sku, :quantity, :price)")
    int addLine(long orderId, String sku, int quantity, BigDecimal price);

    @Query("SELECT count(*) FROM orders WHERE customer = :customer")
    long count(String customer);

    @Query("SELECT max(total) FROM orders")
    Optional<BigDecimal> largest();

    @Query("SELECT id FROM orders WHERE paid = :paid AND due < :before AND reference = :reference"
            + " LIMIT :limit")
    List<Long> unpaid(boolean paid, LocalDate before, UUID reference, int limit);

    @Query("INSERT INTO orders (customer, total, status) VALUES (:customer, :total, 'PLACED')")
    int insert(String customer, BigDecimal total);

    @Query("INSERT INTO orders (customer, total, status, note, priority) VALUES (:customer, :total, :status, :note,"
            + " :priority) RETURNING id")
    long create(String customer, BigDecimal total, OrderStatus status, Optional<String> note, Priority priority);

    @Query("UPDATE orders SET status = :status, paid = :paid WHERE id = :id")
    long setStatus(long id, OrderStatus status, Boolean paid);

    // A camelCase parameter keeps its case (PostgreSQL folds unquoted names; this one names a Java parameter).
    @Query("SELECT count(*) FROM orders WHERE created_at >= :placedAfter AND customer = :customerName")
    long countSince(OffsetDateTime placedAfter, String customerName);

    /** PostgreSQL's UPDATE … FROM: a FROM table's column in SET, and a target column (id) both tables have. */
    @Query("UPDATE orders SET note = l.sku, id = orders.id FROM lines l"
            + " WHERE l.order_id = orders.id AND l.quantity >= :quantity")
    int noteFirstSku(int quantity);

    @Query("DELETE FROM orders WHERE created_at < :before")
    void purge(OffsetDateTime before);

    default Optional<OrderRow> first(String customer) {
        return byCustomer(customer).stream().findFirst();
    }
}
