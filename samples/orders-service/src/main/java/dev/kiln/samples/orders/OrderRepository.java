package dev.kiln.samples.orders;

import dev.kiln.Query;
import dev.kiln.Repository;
import dev.kiln.samples.shop.api.OrderStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The orders and their lines; every query is checked against db/migration at compile time. */
@Repository
interface OrderRepository {
    @Query("SELECT id, customer, total, status, created_at, cancel_reason FROM orders WHERE id = :id")
    Optional<OrderRow> find(long id);

    @Query("SELECT id, customer, total, status, created_at, cancel_reason FROM orders ORDER BY id LIMIT :limit")
    List<OrderRow> first(int limit);

    @Query("SELECT id, customer, total, status, created_at, cancel_reason FROM orders WHERE customer = :customer"
            + " ORDER BY id LIMIT :limit")
    List<OrderRow> byCustomer(String customer, int limit);

    @Query("SELECT line_no, sku, name, quantity, unit_price FROM order_lines WHERE order_id = :orderId"
            + " ORDER BY line_no")
    List<LineRow> lines(long orderId);

    @Query("SELECT max(id) FROM orders")
    Optional<Long> lastId();

    @Query("INSERT INTO orders (id, customer, total, status, created_at)"
            + " VALUES (:id, :customer, :total, :status, :createdAt)")
    int insert(long id, String customer, BigDecimal total, OrderStatus status, OffsetDateTime createdAt);

    @Query("INSERT INTO order_lines (order_id, line_no, sku, name, quantity, unit_price)"
            + " VALUES (:orderId, :lineNo, :sku, :name, :quantity, :unitPrice)")
    int insertLine(long orderId, int lineNo, String sku, String name, int quantity, BigDecimal unitPrice);

    @Query("UPDATE orders SET status = :status, cancel_reason = :reason WHERE id = :id")
    int setStatus(long id, OrderStatus status, String reason);

    /** A row of {@code orders}; {@code cancelReason} is empty until the order is cancelled. */
    record OrderRow(long id, String customer, BigDecimal total, OrderStatus status, OffsetDateTime createdAt,
                    Optional<String> cancelReason) {}

    /** A row of {@code order_lines}. */
    record LineRow(int lineNo, String sku, String name, int quantity, BigDecimal unitPrice) {}
}
