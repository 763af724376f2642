package dev.kiln.runtime.testapp;

import dev.kiln.runtime.client.ClientCall;
import dev.kiln.runtime.client.KilnClientBuilder;
import dev.kiln.runtime.client.KilnHttpClient;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.JsonCodecs;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Written by hand in exactly the shape ARCHITECTURE.md gives for a generated typed client. */
public final class OrderApiClient implements OrderApi {
    private static final HeaderName HEADER_X_REASON = HeaderNames.create("X-Reason");
    private static final JsonCodec<List<Order>> LIST_OF_ORDER = JsonCodecs.list(OrderJsonCodec.INSTANCE);
    private final KilnHttpClient http;

    private OrderApiClient(KilnHttpClient http) {
        this.http = http;
    }

    public static OrderApiClient create(URI baseUri) {
        return builder().baseUri(baseUri).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends KilnClientBuilder<Builder> {
        private Builder() {
            super("orders");
        }

        @Override
        protected Builder self() {
            return this;
        }

        public OrderApiClient build() {
            return new OrderApiClient(buildHttpClient());
        }
    }

    @Override
    public Optional<Order> find(long id) {
        ClientCall call = http.call(Method.GET, "/orders/" + ClientCall.segment(String.valueOf(id)));
        return call.send().optionalJson(200, OrderJsonCodec.INSTANCE);
    }

    @Override
    public Order get(long id) {
        ClientCall call = http.call(Method.GET, "/orders/" + ClientCall.segment(String.valueOf(id)) + "/strict");
        return call.send().json(200, OrderJsonCodec.INSTANCE);
    }

    @Override
    public List<Order> list(Optional<String> customer, int limit, List<Color> colors) {
        ClientCall call = http.call(Method.GET, "/orders");
        if (customer.isPresent()) call.query("customer", String.valueOf(customer.get()));
        call.query("limit", String.valueOf(limit));
        for (Color color : colors) call.query("color", color.name());
        return call.send().json(200, LIST_OF_ORDER);
    }

    @Override
    public List<Order> byCustomer(String name) {
        ClientCall call = http.call(Method.GET, "/customers/" + ClientCall.segment(name) + "/orders");
        return call.send().json(200, LIST_OF_ORDER);
    }

    @Override
    public Order create(NewOrder order) {
        ClientCall call = http.call(Method.POST, "/orders");
        call.jsonBody(NewOrderJsonCodec.INSTANCE, order);
        return call.send().json(201, OrderJsonCodec.INSTANCE);
    }

    @Override
    public void cancel(long id, Optional<String> reason) {
        ClientCall call = http.call(Method.DELETE, "/orders/" + ClientCall.segment(String.valueOf(id)));
        if (reason.isPresent()) call.header(HEADER_X_REASON, String.valueOf(reason.get()));
        call.send().noContent();
    }

    @Override
    public String appendNote(long id, String note) {
        ClientCall call = http.call(Method.POST, "/orders/" + ClientCall.segment(String.valueOf(id)) + "/notes");
        call.textBody(note);
        return call.send().text(200);
    }

    @Override
    public byte[] attachment(long id, byte[] content) {
        ClientCall call = http.call(Method.PUT, "/orders/" + ClientCall.segment(String.valueOf(id)) + "/attachment");
        call.bytesBody(content);
        return call.send().bytes(200);
    }

    @Override
    public String slow(long millis) {
        ClientCall call = http.call(Method.GET, "/slow");
        call.query("millis", String.valueOf(millis));
        return call.send().text(200);
    }

    @Override
    public String boom() {
        ClientCall call = http.call(Method.GET, "/boom");
        return call.send().text(200);
    }
}
