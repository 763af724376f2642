package data;

import dev.kiln.runtime.data.Binder;
import dev.kiln.runtime.data.Database;
import dev.kiln.runtime.data.Sql;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * Implements {@link OrderRepository} with the queries checked against the migrations' schema.
 */
@Generated("dev.kiln.processor.KilnProcessor")
@Singleton
public final class OrderRepositoryImpl implements OrderRepository {
    private static final Sql FIND = new Sql(
            "SELECT id, customer, total, status, created_at, note, priority FROM orders WHERE id = ?",
            "SELECT id, customer, total, status, created_at, note, priority FROM orders WHERE id = ?",
            "SELECT", "orders");

    private static final Sql GET = new Sql(
            "SELECT customer, id, total, status, created_at, note, priority FROM orders WHERE id = ?",
            "SELECT customer, id, total, status, created_at, note, priority FROM orders WHERE id = ?",
            "SELECT", "orders");

    private static final Sql BY_CUSTOMER = new Sql(
            "SELECT id, customer, total, status, created_at, note, priority FROM orders WHERE customer = ? ORDER BY id",
            "SELECT id, customer, total, status, created_at, note, priority FROM orders WHERE customer = ? ORDER BY id",
            "SELECT", "orders");

    private static final Sql BY_STATUS = new Sql(
            "SELECT id, customer, total, status, created_at, note, priority FROM orders WHERE status = ?",
            "SELECT id, customer, total, status, created_at, note, priority FROM orders WHERE status = ?",
            "SELECT", "orders");

    private static final Sql LINES = new Sql(
            "SELECT o.id AS order_id, l.sku, l.quantity, l.price FROM orders AS o LEFT OUTER JOIN lines AS l ON l.order_id = o.id WHERE o.id = ?",
            "SELECT o.id order_id, l.sku, l.quantity, l.price FROM orders o LEFT OUTER JOIN lines l ON l.order_id = o.id WHERE o.id = ?",
            "SELECT", "orders");

    private static final Sql EXTRAS = new Sql(
            "SELECT o.id, o.note, o.priority, o.rating, o.due, o.reference, o.customer, l.quantity FROM orders AS o LEFT OUTER JOIN lines AS l ON l.order_id = o.id WHERE o.id = ?",
            "SELECT o.id, o.note, o.priority, o.rating, o.due, o.reference, o.customer, l.quantity FROM orders o LEFT OUTER JOIN lines l ON l.order_id = o.id WHERE o.id = ?",
            "SELECT", "orders");

    private static final Sql RATE = new Sql(
            "UPDATE orders SET rating = ?, due = cast(? AS date), reference = cast(? AS uuid) WHERE orders.id = ?",
            "UPDATE orders SET orders.rating = ?, orders.due = ?, orders.reference = ? WHERE orders.id = ?",
            "UPDATE", "orders");

    private static final Sql CUSTOMER_LINES = new Sql(
            "SELECT l.id, l.order_id, l.sku, l.quantity, l.price, o.customer FROM orders AS o JOIN lines AS l ON l.order_id = o.id WHERE o.id = ? ORDER BY l.id",
            "SELECT l.id, l.order_id, l.sku, l.quantity, l.price, o.customer FROM orders o JOIN lines l ON l.order_id = o.id WHERE o.id = ? ORDER BY l.id",
            "SELECT", "orders");

    private static final Sql LINE_COUNTS = new Sql(
            "WITH counted AS (SELECT lines.order_id, count(*) AS line_count FROM lines GROUP BY lines.order_id) SELECT o.id, c.line_count FROM orders AS o LEFT OUTER JOIN counted AS c ON c.order_id = o.id WHERE o.customer = ? ORDER BY o.id",
            "WITH counted AS (SELECT lines.order_id, count(*) line_count FROM lines GROUP BY lines.order_id) SELECT o.id, c.line_count FROM orders o LEFT OUTER JOIN counted c ON c.order_id = o.id WHERE o.customer = ? ORDER BY o.id",
            "SELECT", "orders");

    private static final Sql ADD_LINE = new Sql(
            "INSERT INTO lines (order_id, sku, quantity, price) VALUES (?, ?, ?, ?)",
            "INSERT INTO lines (order_id, sku, quantity, price) VALUES (?, ?, ?, ?)",
            "INSERT", "lines");

    private static final Sql COUNT = new Sql(
            "SELECT count(*) FROM orders WHERE customer = ?",
            "SELECT count(*) FROM orders WHERE customer = ?",
            "SELECT", "orders");

    private static final Sql LARGEST = new Sql(
            "SELECT max(total) FROM orders",
            "SELECT max(total) FROM orders",
            "SELECT", "orders");

    private static final Sql UNPAID = new Sql(
            "SELECT id FROM orders WHERE (paid = ? AND due < ? AND reference = ?) FETCH NEXT ? ROWS ONLY",
            "SELECT id FROM orders WHERE (paid = ? AND due < ? AND reference = ?) FETCH NEXT ? ROWS ONLY",
            "SELECT", "orders");

    private static final Sql INSERT = new Sql(
            "INSERT INTO orders (customer, total, status) VALUES (?, ?, 'PLACED')",
            "INSERT INTO orders (customer, total, status) VALUES (?, ?, 'PLACED')",
            "INSERT", "orders");

    private static final Sql CREATE = new Sql(
            "INSERT INTO orders (customer, total, status, note, priority) VALUES (?, ?, ?, ?, ?) RETURNING orders.id",
            "SELECT id FROM FINAL TABLE (INSERT INTO orders (customer, total, status, note, priority) VALUES (?, ?, ?, ?, ?)) orders",
            "INSERT", "orders");

    private static final Sql SET_STATUS = new Sql(
            "UPDATE orders SET status = ?, paid = ? WHERE orders.id = ?",
            "UPDATE orders SET orders.status = ?, orders.paid = ? WHERE orders.id = ?",
            "UPDATE", "orders");

    private static final Sql COUNT_SINCE = new Sql(
            "SELECT count(*) FROM orders WHERE (created_at >= ? AND customer = ?)",
            "SELECT count(*) FROM orders WHERE (created_at >= ? AND customer = ?)",
            "SELECT", "orders");

    private static final Sql NOTE_FIRST_SKU = new Sql(
            "UPDATE orders SET note = l.sku, id = orders.id FROM lines AS l WHERE (l.order_id = orders.id AND l.quantity >= ?)",
            "UPDATE orders SET note = l.sku, id = orders.id FROM lines AS l WHERE (l.order_id = orders.id AND l.quantity >= ?)",
            "UPDATE", "orders");

    private static final Sql PURGE = new Sql(
            "DELETE FROM orders WHERE orders.created_at < ?",
            "DELETE FROM orders WHERE orders.created_at < ?",
            "DELETE", "orders");

    private final Database database;

    @Inject
    public OrderRepositoryImpl(Database database) {
        this.database = database;
    }

    @Override
    public Optional<OrderRow> find(long id) {
        return database.optional("OrderRepository.find", FIND, statement -> statement.setLong(1, id),
                OrderRepositoryImpl::orderRow);
    }

    @Override
    public OrderRow get(long id) {
        return database.one("OrderRepository.get", GET, statement -> statement.setLong(1, id),
                row -> {
                    String priority = row.getString(7);
                    return new OrderRow(row.getLong(2), row.getString(1), row.getBigDecimal(3),
                            OrderStatus.valueOf(row.getString(4)),
                            row.getObject(5, OffsetDateTime.class), row.getString(6),
                            priority == null ? null : Priority.valueOf(priority));
                });
    }

    @Override
    public List<OrderRow> byCustomer(String customer) {
        return database.list("OrderRepository.byCustomer", BY_CUSTOMER, statement -> statement.setString(1, customer),
                OrderRepositoryImpl::orderRow);
    }

    @Override
    public Stream<OrderRow> byStatus(OrderStatus status) {
        return database.stream("OrderRepository.byStatus", BY_STATUS, statement -> statement.setString(1, status == null ? null : status.name()),
                OrderRepositoryImpl::orderRow);
    }

    @Override
    public List<LineView> lines(long id) {
        return database.list("OrderRepository.lines", LINES, statement -> statement.setLong(1, id),
                row -> new LineView(row.getLong(1), row.getString(2),
                        row.getObject(3, Integer.class), row.getBigDecimal(4)));
    }

    @Override
    public List<OrderExtras> extras(long id) {
        return database.list("OrderRepository.extras", EXTRAS, statement -> statement.setLong(1, id),
                row -> new OrderExtras(row.getLong(1), Optional.ofNullable(row.getString(2)),
                        Optional.ofNullable(row.getString(3)).map(Priority::valueOf),
                        Optional.ofNullable(row.getObject(4, Integer.class)),
                        Optional.ofNullable(row.getObject(5, LocalDate.class)),
                        Optional.ofNullable(row.getObject(6, UUID.class)),
                        Optional.ofNullable(row.getString(7)),
                        Optional.ofNullable(row.getObject(8, Integer.class))));
    }

    @Override
    public int rate(long id, Integer rating, LocalDate due, UUID reference) {
        return Math.toIntExact(database.update("OrderRepository.rate", RATE, statement -> {
                    statement.setObject(1, rating, Types.INTEGER);
                    statement.setObject(2, due);
                    statement.setObject(3, reference);
                    statement.setLong(4, id);
                }));
    }

    @Override
    public List<CustomerLine> customerLines(long id) {
        return database.list("OrderRepository.customerLines", CUSTOMER_LINES, statement -> statement.setLong(1, id),
                row -> new CustomerLine(row.getLong(1), row.getLong(2), row.getString(3),
                        row.getInt(4), row.getBigDecimal(5), row.getString(6)));
    }

    @Override
    public List<LineCount> lineCounts(String customer) {
        return database.list("OrderRepository.lineCounts", LINE_COUNTS, statement -> statement.setString(1, customer),
                row -> new LineCount(row.getLong(1),
                        Optional.ofNullable(row.getObject(2, Long.class))));
    }

    @Override
    public int addLine(long orderId, String sku, int quantity, BigDecimal price) {
        return Math.toIntExact(database.update("OrderRepository.addLine", ADD_LINE, statement -> {
                    statement.setLong(1, orderId);
                    statement.setString(2, sku);
                    statement.setInt(3, quantity);
                    statement.setBigDecimal(4, price);
                }));
    }

    @Override
    public long count(String customer) {
        return database.one("OrderRepository.count", COUNT, statement -> statement.setString(1, customer),
                row -> row.getLong(1));
    }

    @Override
    public Optional<BigDecimal> largest() {
        return database.optional("OrderRepository.largest", LARGEST, Binder.NONE,
                row -> row.getBigDecimal(1));
    }

    @Override
    public List<Long> unpaid(boolean paid, LocalDate before, UUID reference, int limit) {
        return database.list("OrderRepository.unpaid", UNPAID, statement -> {
                    statement.setBoolean(1, paid);
                    statement.setObject(2, before);
                    statement.setObject(3, reference);
                    statement.setInt(4, limit);
                },
                row -> row.getObject(1, Long.class));
    }

    @Override
    public int insert(String customer, BigDecimal total) {
        return Math.toIntExact(database.update("OrderRepository.insert", INSERT, statement -> {
                    statement.setString(1, customer);
                    statement.setBigDecimal(2, total);
                }));
    }

    @Override
    public long create(String customer, BigDecimal total, OrderStatus status, Optional<String> note,
            Priority priority) {
        return database.one("OrderRepository.create", CREATE, statement -> {
                    statement.setString(1, customer);
                    statement.setBigDecimal(2, total);
                    statement.setString(3, status == null ? null : status.name());
                    statement.setString(4, note.orElse(null));
                    statement.setString(5, priority == null ? null : priority.name());
                },
                row -> row.getLong(1));
    }

    @Override
    public long setStatus(long id, OrderStatus status, Boolean paid) {
        return database.update("OrderRepository.setStatus", SET_STATUS, statement -> {
                    statement.setString(1, status == null ? null : status.name());
                    statement.setObject(2, paid, Types.BOOLEAN);
                    statement.setLong(3, id);
                });
    }

    @Override
    public long countSince(OffsetDateTime placedAfter, String customerName) {
        return database.one("OrderRepository.countSince", COUNT_SINCE, statement -> {
                    statement.setObject(1, placedAfter);
                    statement.setString(2, customerName);
                },
                row -> row.getLong(1));
    }

    @Override
    public int noteFirstSku(int quantity) {
        return Math.toIntExact(database.update("OrderRepository.noteFirstSku", NOTE_FIRST_SKU, statement -> statement.setInt(1, quantity)));
    }

    @Override
    public void purge(OffsetDateTime before) {
        database.update("OrderRepository.purge", PURGE, statement -> statement.setObject(1, before));
    }

    private static OrderRow orderRow(ResultSet row) throws SQLException {
        String priority = row.getString(7);
        return new OrderRow(row.getLong(1), row.getString(2), row.getBigDecimal(3),
                OrderStatus.valueOf(row.getString(4)), row.getObject(5, OffsetDateTime.class),
                row.getString(6), priority == null ? null : Priority.valueOf(priority));
    }
}
