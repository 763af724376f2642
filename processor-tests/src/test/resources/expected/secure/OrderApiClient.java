package secure;

import dev.kiln.runtime.client.ClientCall;
import dev.kiln.runtime.client.KilnClientBuilder;
import dev.kiln.runtime.client.KilnHttpClient;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.JsonCodecs;
import dev.kiln.runtime.security.Principal;
import io.helidon.http.Method;
import java.net.URI;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Calls the {@code orders} service over HTTP through {@link OrderApi}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class OrderApiClient implements OrderApi {
    private static final JsonCodec<List<Order>> LIST_OF_ORDER = JsonCodecs.list(OrderJsonCodec.INSTANCE);

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
    public Order create(Principal principal, NewOrder order) {
        ClientCall call = http.call(Method.POST, "/orders", "/orders");
        call.jsonBody(NewOrderJsonCodec.INSTANCE, order);
        return call.send().json(201, OrderJsonCodec.INSTANCE);
    }

    @Override
    public void cancel(long id) {
        ClientCall call = http.call(Method.DELETE, "/orders/{id}", "/orders/" + ClientCall.segment(String.valueOf(id)));
        call.send().noContent();
    }

    @Override
    public String health() {
        ClientCall call = http.call(Method.GET, "/orders/health", "/orders/health");
        return call.send().text(200);
    }

    @Override
    public List<Order> mine(Principal caller) {
        ClientCall call = http.call(Method.GET, "/orders/mine", "/orders/mine");
        return call.send().json(200, LIST_OF_ORDER);
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
