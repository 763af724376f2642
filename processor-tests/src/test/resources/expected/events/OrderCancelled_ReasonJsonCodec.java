package events;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads and writes {@link OrderCancelled.Reason} as the JSON string of its constant's name with jackson-core's streaming API.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class OrderCancelled_ReasonJsonCodec implements JsonCodec<OrderCancelled.Reason> {
    /**
     * The only instance; codecs are stateless.
     */
    public static final OrderCancelled_ReasonJsonCodec INSTANCE = new OrderCancelled_ReasonJsonCodec();

    /**
     * The constants, as error messages list them.
     */
    public static final String NAMES = "CUSTOMER, PAYMENT";

    private OrderCancelled_ReasonJsonCodec() {
    }

    @Override
    public void write(JsonGenerator g, OrderCancelled.Reason value) {
        g.writeString(value.name());
    }

    @Override
    public OrderCancelled.Reason read(JsonParser p) {
        String name = Json.readString(p);
        if (name == null) {
            throw Json.badEnum(p, NAMES);
        }
        return switch (name) {
            case "CUSTOMER" -> OrderCancelled.Reason.CUSTOMER;
            case "PAYMENT" -> OrderCancelled.Reason.PAYMENT;
            default -> throw Json.badEnum(p, NAMES);
        };
    }
}
