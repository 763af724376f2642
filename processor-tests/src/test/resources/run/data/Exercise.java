package data;

import dev.kiln.runtime.data.Database;
import dev.kiln.runtime.data.ResultCountException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/** Calls every method of the generated OrderRepositoryImpl once and says what each gave (DataRunTest). */
public final class Exercise implements Function<Database, List<String>> {
    @Override
    public List<String> apply(Database database) {
        OrderRepository orders = new OrderRepositoryImpl(database);
        List<String> seen = new ArrayList<>();
        long id = orders.create("ada", new BigDecimal("12.50"), OrderStatus.PLACED, Optional.of("gift"), Priority.HIGH);
        long other = orders.create("ada", new BigDecimal("7.25"), OrderStatus.PLACED, Optional.empty(), Priority.LOW);
        seen.add("create gives new ids: " + (other > id));
        seen.add("insert: " + orders.insert("bob", new BigDecimal("3.00")));
        OrderRow row = orders.get(id);
        seen.add("get: " + row.customer() + " " + row.total() + " " + row.status() + " " + row.note() + " " + row.priority());
        seen.add("get with no note: " + orders.get(other).note());
        try {
            orders.get(-1);
            seen.add("get missing: no exception");
        } catch (ResultCountException e) {
            seen.add("get missing: ResultCountException, " + e.actual() + " rows");
        }
        seen.add("find: " + orders.find(id).map(OrderRow::customer));
        seen.add("find missing: " + orders.find(-1));
        seen.add("byCustomer: " + orders.byCustomer("ada").stream().map(r -> r.total().toPlainString()).toList());
        try (Stream<OrderRow> placed = orders.byStatus(OrderStatus.PLACED)) {
            seen.add("byStatus: " + placed.count());
        }
        List<LineView> lines = orders.lines(id);
        seen.add("lines (outer join, none): " + lines.size() + " " + lines.getFirst().sku() + " "
                + lines.getFirst().quantity());
        OrderExtras none = orders.extras(other).getFirst();
        seen.add("extras, NULLs: " + none.note() + " " + none.priority() + " " + none.rating() + " " + none.due() + " "
                + none.reference() + " " + none.customer() + " " + none.quantity());
        orders.rate(id, 4, LocalDate.of(2030, 1, 2), UUID.fromString("00000000-0000-0000-0000-000000000007"));
        OrderExtras some = orders.extras(id).getFirst();
        seen.add("extras: " + some.note() + " " + some.priority() + " " + some.rating() + " " + some.due() + " "
                + some.reference() + " " + some.customer() + " " + some.quantity());
        seen.add("count: " + orders.count("ada"));
        seen.add("largest: " + orders.largest());
        seen.add("unpaid: " + orders.unpaid(false, LocalDate.of(2100, 1, 1), UUID.randomUUID(), 10));
        seen.add("setStatus: " + orders.setStatus(id, OrderStatus.PAID, true));
        seen.add("after setStatus: " + orders.get(id).status());
        seen.add("countSince: " + orders.countSince(OffsetDateTime.now().minusDays(1), "ada"));
        orders.purge(OffsetDateTime.now().minusYears(100));
        seen.add("after purge of nothing: " + orders.count("ada"));
        orders.addLine(other, "sku-1", 2, new BigDecimal("3.50"));
        seen.add("customerLines (l.*): " + orders.customerLines(other).stream().map(l -> l.sku() + " " + l.quantity()
                + " " + l.price() + " " + l.customer() + " " + (l.orderId() == other)).toList());
        seen.add("noteFirstSku (UPDATE … FROM): " + orders.noteFirstSku(2) + " " + orders.get(other).note());
        seen.add("lineCounts (WITH): " + orders.lineCounts("ada").stream()
                .map(c -> (c.id() == id ? "first " : "other ") + c.lineCount()).toList());
        seen.add("first (default method): " + orders.first("ada").map(OrderRow::id).equals(Optional.of(id)));
        return seen;
    }
}
