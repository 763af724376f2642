package dev.kiln.runtime.data;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a generated repository over the test schema does: SQL constants, binders and mappers written out, every
 * call through {@link Database}.
 */
final class TestOrders {
    static final String COLUMNS = "id, customer, total, status, paid, reference, note, created_at";
    static final Sql FIND = named("SELECT", "SELECT " + COLUMNS + " FROM orders WHERE id = ?");
    static final Sql BY_CUSTOMER = named("SELECT", "SELECT " + COLUMNS + " FROM orders WHERE customer = ? ORDER BY id");
    static final Sql ALL = named("SELECT", "SELECT " + COLUMNS + " FROM orders ORDER BY id");
    static final Sql INSERT = named("INSERT", "INSERT INTO orders (id, customer, total, status, paid, reference, note, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    static final Sql COUNT = named("SELECT", "SELECT count(*) FROM orders");
    static final Sql NOTE = named("SELECT", "SELECT note FROM orders WHERE id = ?");
    static final Sql SET_STATUS = named("UPDATE", "UPDATE orders SET status = ? WHERE customer = ?");

    private final Database database;

    TestOrders(Database database) {
        this.database = database;
    }

    Database database() {
        return database;
    }

    static Sql same(String sql) {
        return new Sql(sql, sql);
    }

    /** As the processor writes it: the operation and the main table name the span ({@code SELECT orders}). */
    static Sql named(String operation, String sql) {
        return new Sql(sql, sql, operation, "orders");
    }

    static OrderRow map(ResultSet row) throws SQLException {
        return new OrderRow(row.getLong(1), row.getString(2), row.getBigDecimal(3),
                OrderRow.Status.valueOf(row.getString(4)), row.getBoolean(5), row.getObject(6, java.util.UUID.class),
                row.getString(7), row.getObject(8, OffsetDateTime.class));
    }

    static void bind(PreparedStatement statement, OrderRow order) throws SQLException {
        statement.setLong(1, order.id());
        statement.setString(2, order.customer());
        statement.setBigDecimal(3, order.total());
        statement.setString(4, order.status().name());
        statement.setBoolean(5, order.paid());
        if (order.reference() == null) {
            statement.setNull(6, Types.OTHER);
        } else {
            statement.setObject(6, order.reference());
        }
        statement.setString(7, order.note());
        statement.setObject(8, order.createdAt());
    }

    Optional<OrderRow> find(long id) {
        return database.optional("TestOrders.find", FIND, statement -> statement.setLong(1, id), TestOrders::map);
    }

    OrderRow get(long id) {
        return database.one("TestOrders.get", FIND, statement -> statement.setLong(1, id), TestOrders::map);
    }

    List<OrderRow> byCustomer(String customer) {
        return database.list("TestOrders.byCustomer", BY_CUSTOMER, statement -> statement.setString(1, customer),
                TestOrders::map);
    }

    Optional<OrderRow> oneOf(String customer) {
        return database.optional("TestOrders.oneOf", BY_CUSTOMER, statement -> statement.setString(1, customer),
                TestOrders::map);
    }

    Stream<OrderRow> all() {
        return database.stream("TestOrders.all", ALL, Binder.NONE, TestOrders::map);
    }

    long insert(OrderRow order) {
        return database.update("TestOrders.insert", INSERT, statement -> bind(statement, order));
    }

    long count() {
        return database.one("TestOrders.count", COUNT, Binder.NONE, row -> row.getLong(1));
    }

    Optional<String> note(long id) {
        return database.optional("TestOrders.note", NOTE, statement -> statement.setLong(1, id), row -> row.getString(1));
    }

    long setStatus(String customer, OrderRow.Status status) {
        return database.update("TestOrders.setStatus", SET_STATUS, statement -> {
            statement.setString(1, status.name());
            statement.setString(2, customer);
        });
    }
}
