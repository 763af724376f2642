package dev.kiln.runtime.testapp;

import dev.kiln.runtime.http.Bodies;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.Params;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.JsonCodecs;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.http.KilnRoutes;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Written by hand in exactly the shape ARCHITECTURE.md gives for a generated router. */
public final class OrderApiRouter implements KilnRouter {
    public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("orders", "dev.kiln.runtime.testapp.OrderApi",
            List.of(new RouteDescriptor("GET", "/boom"),
                    new RouteDescriptor("GET", "/slow"),
                    new RouteDescriptor("GET", "/orders/{id}/strict"),
                    new RouteDescriptor("GET", "/orders/{id}"),
                    new RouteDescriptor("GET", "/orders"),
                    new RouteDescriptor("GET", "/customers/{name}/orders"),
                    new RouteDescriptor("POST", "/orders"),
                    new RouteDescriptor("DELETE", "/orders/{id}"),
                    new RouteDescriptor("POST", "/orders/{id}/notes"),
                    new RouteDescriptor("PUT", "/orders/{id}/attachment")));
    private static final Param PATH_ID = Param.path("id");
    private static final Param PATH_NAME = Param.path("name");
    private static final Param QUERY_CUSTOMER = Param.query("customer");
    private static final Param QUERY_LIMIT = Param.query("limit");
    private static final Param QUERY_COLOR = Param.query("color");
    private static final Param QUERY_MILLIS = Param.query("millis");
    private static final Param HEADER_X_REASON = Param.header("X-Reason");
    private static final JsonCodec<List<Order>> LIST_OF_ORDER = JsonCodecs.list(OrderJsonCodec.INSTANCE);
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
        routes.add("GET", "/boom", this::boom);
        routes.add("GET", "/slow", this::slow);
        routes.add("GET", "/orders/{id}/strict", this::get);
        routes.add("GET", "/orders/{id}", this::find);
        routes.add("GET", "/orders", this::list);
        routes.add("GET", "/customers/{name}/orders", this::byCustomer);
        routes.add("POST", "/orders", this::create);
        routes.add("DELETE", "/orders/{id}", this::cancel);
        routes.add("POST", "/orders/{id}/notes", this::appendNote);
        routes.add("PUT", "/orders/{id}/attachment", this::attachment);
    }

    private void find(ServerRequest req, ServerResponse res) {
        long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);
        Optional<Order> result = service.find(id);
        Responses.optionalJson(res, 200, OrderJsonCodec.INSTANCE, result);
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
        List<Color> colors = Params.toList(Params.queryAll(req, QUERY_COLOR), QUERY_COLOR,
                (raw, p) -> Params.toEnum(raw, p, Color::valueOf, "RED, GREEN, BLUE"));
        List<Order> result = service.list(customer, limit, colors);
        Responses.json(res, 200, LIST_OF_ORDER, result);
    }

    private void byCustomer(ServerRequest req, ServerResponse res) {
        String name = Params.toStringValue(Params.path(req, PATH_NAME), PATH_NAME);
        List<Order> result = service.byCustomer(name);
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

    private void appendNote(ServerRequest req, ServerResponse res) {
        long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);
        String note = Bodies.text(req);
        String result = service.appendNote(id, note);
        Responses.text(res, 200, result);
    }

    private void attachment(ServerRequest req, ServerResponse res) {
        long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);
        byte[] content = Bodies.bytes(req);
        byte[] result = service.attachment(id, content);
        Responses.bytes(res, 200, result);
    }

    private void slow(ServerRequest req, ServerResponse res) {
        long millis = Params.toLong(Params.required(Params.query(req, QUERY_MILLIS), QUERY_MILLIS), QUERY_MILLIS);
        String result = service.slow(millis);
        Responses.text(res, 200, result);
    }

    private void boom(ServerRequest req, ServerResponse res) {
        String result = service.boom();
        Responses.text(res, 200, result);
    }
}
