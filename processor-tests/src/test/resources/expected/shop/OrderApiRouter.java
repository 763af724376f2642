package shop;

import dev.kiln.runtime.http.Bodies;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.Params;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.JsonCodecs;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Serves {@link OrderApi} on Helidon WebServer: one handler per route.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class OrderApiRouter implements KilnRouter {
    public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("orders", "shop.OrderApi", List.of(
            new RouteDescriptor("GET", "/orders/{id}"),
            new RouteDescriptor("GET", "/orders"),
            new RouteDescriptor("POST", "/orders"),
            new RouteDescriptor("DELETE", "/orders/{id}"),
            new RouteDescriptor("GET", "/orders/{id}/receipt"),
            new RouteDescriptor("PUT", "/orders/{id}/status")));

    private static final Param PATH_ID = Param.path("id");

    private static final Param QUERY_CUSTOMER = Param.query("customer");

    private static final Param QUERY_LIMIT = Param.query("limit");

    private static final Param QUERY_TAG = Param.query("tag");

    private static final JsonCodec<List<Order>> LIST_OF_ORDER = JsonCodecs.list(OrderJsonCodec.INSTANCE);

    private static final Param HEADER_X_REASON = Param.header("X-Reason");

    private final OrderApi service;

    public OrderApiRouter(OrderApi service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @Override
    public ServiceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void routing(KilnRoutes routes) {
        routes.add("GET", "/orders", this::list);
        routes.add("POST", "/orders", this::create);
        routes.add("GET", "/orders/{id}", this::get);
        routes.add("DELETE", "/orders/{id}", this::cancel);
        routes.add("GET", "/orders/{id}/receipt", this::receipt);
        routes.add("PUT", "/orders/{id}/status", this::changeStatus);
    }

    private void get(ServerRequest req, ServerResponse res) {
        long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);
        Order result = service.get(id);
        Responses.json(res, 200, OrderJsonCodec.INSTANCE, result);
    }

    private void list(ServerRequest req, ServerResponse res) {
        String customerRaw = Params.query(req, QUERY_CUSTOMER);
        Optional<String> customer = customerRaw == null ? Optional.empty() : Optional.of(customerRaw);
        String limitRaw = Params.query(req, QUERY_LIMIT);
        int limit = Params.toInt(limitRaw == null ? "20" : limitRaw, QUERY_LIMIT);
        List<String> tags = Params.toList(Params.queryAll(req, QUERY_TAG), QUERY_TAG, Params::toStringValue);
        List<Order> result = service.list(customer, limit, tags);
        Responses.json(res, 200, LIST_OF_ORDER, result);
    }

    private void create(ServerRequest req, ServerResponse res) {
        NewOrder order = Bodies.json(req, NewOrderJsonCodec.INSTANCE);
        Order result = service.create(order);
        Responses.json(res, 201, OrderJsonCodec.INSTANCE, result);
    }

    private void cancel(ServerRequest req, ServerResponse res) {
        long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);
        String reasonRaw = Params.header(req, HEADER_X_REASON);
        Optional<String> reason = reasonRaw == null ? Optional.empty() : Optional.of(reasonRaw);
        service.cancel(id, reason);
        Responses.noContent(res);
    }

    private void receipt(ServerRequest req, ServerResponse res) {
        long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);
        String result = service.receipt(id);
        Responses.text(res, 200, result);
    }

    private void changeStatus(ServerRequest req, ServerResponse res) {
        long orderId = Params.toLong(Params.path(req, PATH_ID), PATH_ID);
        OrderStatus status = Bodies.json(req, OrderStatusJsonCodec.INSTANCE);
        OrderStatus result = service.changeStatus(orderId, status);
        Responses.json(res, 200, OrderStatusJsonCodec.INSTANCE, result);
    }
}
