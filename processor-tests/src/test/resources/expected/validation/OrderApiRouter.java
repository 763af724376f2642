package validation;

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
import dev.kiln.runtime.validation.Checks;
import dev.kiln.runtime.validation.Violations;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Serves {@link OrderApi} on Helidon WebServer: one handler per route.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class OrderApiRouter implements KilnRouter {
    public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("orders", "validation.OrderApi", List.of(
            new RouteDescriptor("POST", "/orders"),
            new RouteDescriptor("GET", "/orders"),
            new RouteDescriptor("PUT", "/orders/{id}/lines"),
            new RouteDescriptor("GET", "/orders/{id}")));

    private static final Param QUERY_PRIORITY = Param.query("priority");

    private static final Param QUERY_CUSTOMER = Param.query("customer");

    private static final Param QUERY_TAG = Param.query("tag");

    private static final Param HEADER_X_CHANNEL = Param.header("X-Channel");

    private static final Pattern TAG_PATTERN = Pattern.compile("^[a-z]+$");

    private static final JsonCodec<List<Receipt>> LIST_OF_RECEIPT = JsonCodecs.list(ReceiptJsonCodec.INSTANCE);

    private static final Param PATH_ID = Param.path("id");

    private static final JsonCodec<List<Line>> LIST_OF_LINE = JsonCodecs.list(LineJsonCodec.INSTANCE);

    private final OrderApi service;

    private final Clock validationClock;

    public OrderApiRouter(OrderApi service, Optional<Clock> validationClock) {
        this.service = Objects.requireNonNull(service, "service");
        this.validationClock = validationClock.orElseGet(Clock::systemDefaultZone);
    }

    @Override
    public ServiceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void routing(KilnRoutes routes) {
        routes.add("POST", "/orders", this::create);
        routes.add("GET", "/orders", this::search);
        routes.add("GET", "/orders/{id}", this::get);
        routes.add("PUT", "/orders/{id}/lines", this::replaceLines);
    }

    private void create(ServerRequest req, ServerResponse res) {
        NewOrder order = Bodies.json(req, NewOrderJsonCodec.INSTANCE);
        String priorityRaw = Params.query(req, QUERY_PRIORITY);
        int priority = Params.toInt(priorityRaw == null ? "10" : priorityRaw, QUERY_PRIORITY);
        // Every constraint is checked, and all violations are answered in one 400.
        Violations violations = new Violations(validationClock);
        NewOrderValidator.validate(order, violations);
        if (priority < 1) {
            violations.parameter(QUERY_PRIORITY, "must be at least 1");
        }
        if (priority > 100) {
            violations.parameter(QUERY_PRIORITY, "must be at most 100");
        }
        violations.throwIfAny();
        Receipt result = service.create(order, priority);
        Responses.json(res, 201, ReceiptJsonCodec.INSTANCE, result);
    }

    private void search(ServerRequest req, ServerResponse res) {
        String customerRaw = Params.query(req, QUERY_CUSTOMER);
        Optional<String> customer = customerRaw == null ? Optional.empty() : Optional.of(customerRaw);
        List<String> tag = Params.toList(Params.queryAll(req, QUERY_TAG), QUERY_TAG, Params::toStringValue);
        String channel = Params.required(Params.header(req, HEADER_X_CHANNEL), HEADER_X_CHANNEL);
        // Every constraint is checked, and all violations are answered in one 400.
        Violations violations = new Violations(validationClock);
        if (customer.isPresent()) {
            String customerValue = customer.get();
            if (Checks.length(customerValue) < 3 || Checks.length(customerValue) > 20) {
                violations.parameter(QUERY_CUSTOMER, "size must be between 3 and 20");
            }
        }
        for (int i = 0; i < tag.size(); i++) {
            String element = tag.get(i);
            if (!TAG_PATTERN.matcher(element).matches()) {
                violations.parameter(QUERY_TAG, i, "must match ^[a-z]+$");
            }
        }
        if (Checks.isBlank(channel)) {
            violations.parameter(HEADER_X_CHANNEL, "must not be blank");
        }
        violations.throwIfAny();
        List<Receipt> result = service.search(customer, tag, channel);
        Responses.json(res, 200, LIST_OF_RECEIPT, result);
    }

    private void replaceLines(ServerRequest req, ServerResponse res) {
        long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);
        List<Line> lines = Bodies.json(req, LIST_OF_LINE);
        // Every constraint is checked, and all violations are answered in one 400.
        Violations violations = new Violations(validationClock);
        if (id <= 0) {
            violations.parameter(PATH_ID, "must be greater than 0");
        }
        if (lines.size() > 5) {
            violations.add("size must be at most 5");
        }
        for (int i = 0; i < lines.size(); i++) {
            Line element = lines.get(i);
            violations.enter(i);
            LineValidator.validate(element, violations);
            violations.leave();
        }
        violations.throwIfAny();
        service.replaceLines(id, lines);
        Responses.noContent(res);
    }

    private void get(ServerRequest req, ServerResponse res) {
        long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);
        Receipt result = service.get(id);
        Responses.json(res, 200, ReceiptJsonCodec.INSTANCE, result);
    }
}
