package shop;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads and writes {@link OrderStatus} as the JSON string of its constant's name with jackson-core's streaming API.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class OrderStatusJsonCodec implements JsonCodec<OrderStatus> {
    /**
     * The only instance; codecs are stateless.
     */
    public static final OrderStatusJsonCodec INSTANCE = new OrderStatusJsonCodec();

    /**
     * The constants, as error messages list them.
     */
    public static final String NAMES = "OPEN, PAID, CANCELLED";

    private OrderStatusJsonCodec() {
    }

    @Override
    public void write(JsonGenerator g, OrderStatus value) {
        g.writeString(value.name());
    }

    @Override
    public OrderStatus read(JsonParser p) {
        String name = Json.readString(p);
        if (name == null) {
            throw Json.badEnum(p, NAMES);
        }
        return switch (name) {
            case "OPEN" -> OrderStatus.OPEN;
            case "PAID" -> OrderStatus.PAID;
            case "CANCELLED" -> OrderStatus.CANCELLED;
            default -> throw Json.badEnum(p, NAMES);
        };
    }
}
