package shop;

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
import javax.annotation.processing.Generated;

/**
 * Calls the {@code orders} service over HTTP through {@link OrderApi}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class OrderApiClient implements OrderApi {
    private static final JsonCodec<List<Order>> LIST_OF_ORDER = JsonCodecs.list(OrderJsonCodec.INSTANCE);

    private static final HeaderName HEADER_X_REASON = HeaderNames.create("X-Reason");

    private final KilnHttpClient http;

    private OrderApiClient(KilnHttpClient http) {
        this.http = http;
    }

    /**
     * A client of the service at {@code baseUri}, with default timeouts.
     */
    public static OrderApiClient create(URI baseUri) {
        return builder().baseUri(baseUri).build();
    }

    /**
     * A builder: base URI, timeouts, headers, or {@code config(KilnConfig)}.
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Order get(long id) {
        ClientCall call = http.call(Method.GET, "/orders/{id}", "/orders/" + ClientCall.segment(String.valueOf(id)));
        return call.send().json(200, OrderJsonCodec.INSTANCE);
    }

    @Override
    public List<Order> list(Optional<String> customer, int limit, List<String> tags) {
        ClientCall call = http.call(Method.GET, "/orders", "/orders");
        if (customer.isPresent()) {
            call.query("customer", customer.get());
        }
        call.query("limit", String.valueOf(limit));
        if (tags != null) {
            call.queryAll("tag", tags);
        }
        return call.send().json(200, LIST_OF_ORDER);
    }

    @Override
    public Order create(NewOrder order) {
        ClientCall call = http.call(Method.POST, "/orders", "/orders");
        call.jsonBody(NewOrderJsonCodec.INSTANCE, order);
        return call.send().json(201, OrderJsonCodec.INSTANCE);
    }

    @Override
    public void cancel(long id, Optional<String> reason) {
        ClientCall call = http.call(Method.DELETE, "/orders/{id}", "/orders/" + ClientCall.segment(String.valueOf(id)));
        if (reason.isPresent()) {
            call.header(HEADER_X_REASON, reason.get());
        }
        call.send().noContent();
    }

    @Override
    public String receipt(long id) {
        ClientCall call = http.call(Method.GET, "/orders/{id}/receipt", "/orders/" + ClientCall.segment(String.valueOf(id)) + "/receipt");
        return call.send().text(200);
    }

    @Override
    public OrderStatus changeStatus(long orderId, OrderStatus status) {
        ClientCall call = http.call(Method.PUT, "/orders/{id}/status", "/orders/" + ClientCall.segment(String.valueOf(orderId)) + "/status");
        call.jsonBody(OrderStatusJsonCodec.INSTANCE, status);
        return call.send().json(200, OrderStatusJsonCodec.INSTANCE);
    }

    /**
     * Configures a {@link OrderApiClient}.
     */
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
}
