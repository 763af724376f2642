package dev.kiln.samples.orders;

import dev.kiln.runtime.http.BadRequestException;
import dev.kiln.runtime.http.ConflictException;
import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.NotFoundException;
import dev.kiln.runtime.messaging.MessageNotAcceptedException;
import dev.kiln.samples.shop.api.CatalogApi;
import dev.kiln.samples.shop.api.NewOrder;
import dev.kiln.samples.shop.api.Order;
import dev.kiln.samples.shop.api.OrderApi;
import dev.kiln.samples.shop.api.OrderEvents;
import dev.kiln.samples.shop.api.OrderPlaced;
import dev.kiln.samples.shop.api.OrderStatus;
import dev.kiln.samples.shop.api.Reservation;
import dev.kiln.samples.shop.api.ReservationRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places orders by reserving every line in the catalog, through {@link CatalogApi}'s typed client, and tells the
 * other services through {@link OrderEvents} (bound to the publisher Kiln generates here). {@code create} and
 * {@code cancel} are {@code @Transactional}: Kiln runs them in a generated subclass ({@code OrderServiceIntercepted}),
 * so an order, its lines and its {@code OrderPlaced} (written to the outbox) are kept together or not at all.
 */
@Singleton
class OrderService implements OrderApi {
    private final CatalogApi catalog;
    private final OrderStore store;
    private final OrderEvents events;
    private final Clock clock;

    @Inject
    OrderService(CatalogApi catalog, OrderStore store, OrderEvents events, Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<Order> get(long id) {
        return store.get(id);
    }

    @Override
    public List<Order> list(Optional<String> customer, int limit) {
        if (limit < 1 || limit > 100) {
            throw HttpException.badRequest("limit must be between 1 and 100, was " + limit);
        }
        return store.list(customer, limit);
    }

    @Override
    @Transactional
    public Order create(NewOrder order) {
        if (order.lines().isEmpty()) {
            throw HttpException.badRequest("An order needs at least one line");
        }
        long id = store.nextId();
        List<Order.PricedLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (NewOrder.OrderLine line : order.lines()) {
            Reservation reservation = reserve(id, line);
            lines.add(new Order.PricedLine(line.sku(), reservation.name(), line.quantity(), reservation.unitPrice()));
            total = total.add(reservation.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
        }
        Order placed = new Order(id, order.customer(), List.copyOf(lines), total, OrderStatus.PLACED,
                clock.instant().truncatedTo(ChronoUnit.MICROS), Optional.empty());   // what the database keeps
        store.put(placed);
        publish(placed);
        return placed;
    }

    // Inside create's transaction the event goes to the outbox with the order: sent once the order is committed,
    // never if it rolls back. (Called outside a transaction, a publisher that Redis refuses throws; kept as a 503.)
    private void publish(Order placed) {
        try {
            events.placed(new OrderPlaced(placed.id(), placed.customer(), placed.lines(), placed.total()));
        } catch (MessageNotAcceptedException e) {
            throw HttpException.serviceUnavailable("Order not placed: " + e.getMessage());
        }
    }

    private Reservation reserve(long orderId, NewOrder.OrderLine line) {
        try {
            return catalog.reserve(line.sku(), new ReservationRequest("order-" + orderId, line.quantity()));
        } catch (NotFoundException e) {
            // The catalog's answer becomes ours when it is about the request; anything else the catalog throws
            // escapes, and the caller gets a gateway status naming the catalog.
            throw HttpException.unprocessable("Line for " + line.sku() + " rejected by the catalog: "
                    + e.problem().detail());
        } catch (ConflictException | BadRequestException e) {
            throw HttpException.of(e.status(), "Line for " + line.sku() + " rejected by the catalog: "
                    + e.problem().detail());
        }
    }

    @Override
    @Transactional
    public void cancel(long id, Optional<String> reason) {
        if (!store.cancel(id, reason.orElse("no reason given"))) {
            throw HttpException.notFound("No order " + id);
        }
    }
}
