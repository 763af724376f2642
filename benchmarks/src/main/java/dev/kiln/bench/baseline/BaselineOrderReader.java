package dev.kiln.bench.baseline;

import dev.kiln.bench.model.BenchOrder;
import dev.kiln.bench.model.OrderLine;
import dev.kiln.bench.model.Priority;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Hand-written jackson-core streaming decoder for the {@code POST /orders} body: unknown properties skipped,
 * every non-optional property required, each wrong value a {@link BadRequest} naming the property.
 *
 * <pre>{@code
 * BenchOrder order = BaselineOrderReader.read(request.content().inputStream());
 * }</pre>
 */
final class BaselineOrderReader {
    private BaselineOrderReader() {}

    static BenchOrder read(InputStream body) {
        try (JsonParser p = BaselineJsonWriter.FACTORY.createParser(ObjectReadContext.empty(), body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadRequest("The body must be a JSON object");
            }
            BenchOrder order = readOrder(p);
            if (p.nextToken() != null) {
                throw new BadRequest("Unexpected content after the JSON object");
            }
            return order;
        }
    }

    private static BenchOrder readOrder(JsonParser p) {
        String customer = null;
        List<OrderLine> lines = null;
        Priority priority = null;
        Instant placedAt = null;
        Optional<String> note = Optional.empty();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken token = p.nextToken();
            switch (name) {
                case "customer" -> customer = string(p, token, "/customer");
                case "lines" -> lines = lines(p, token);
                case "priority" -> priority = priority(p, token);
                case "placedAt" -> placedAt = instant(p, token, "/placedAt");
                case "note" -> note = Optional.ofNullable(string(p, token, "/note"));
                default -> p.skipChildren();
            }
        }
        if (customer == null) {
            throw new BadRequest("/customer is required");
        }
        if (lines == null) {
            throw new BadRequest("/lines is required");
        }
        if (priority == null) {
            throw new BadRequest("/priority is required");
        }
        if (placedAt == null) {
            throw new BadRequest("/placedAt is required");
        }
        return new BenchOrder(customer, lines, priority, placedAt, note);
    }

    private static List<OrderLine> lines(JsonParser p, JsonToken token) {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new BadRequest("/lines must be an array");
        }
        List<OrderLine> lines = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                throw new BadRequest("/lines/" + lines.size() + " must be an object");
            }
            lines.add(line(p, lines.size()));
        }
        return List.copyOf(lines);
    }

    private static OrderLine line(JsonParser p, int index) {
        String sku = null;
        int quantity = 0;
        boolean quantitySeen = false;
        BigDecimal price = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken token = p.nextToken();
            switch (name) {
                case "sku" -> sku = string(p, token, "/lines/" + index + "/sku");
                case "quantity" -> {
                    if (token != JsonToken.VALUE_NUMBER_INT) {
                        throw new BadRequest("/lines/" + index + "/quantity must be a whole number");
                    }
                    quantity = p.getIntValue();
                    quantitySeen = true;
                }
                case "price" -> {
                    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                        price = p.getDecimalValue();
                    } else if (token != JsonToken.VALUE_NULL) {
                        throw new BadRequest("/lines/" + index + "/price must be a number");
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (sku == null || !quantitySeen || price == null) {
            throw new BadRequest("/lines/" + index + " needs sku, quantity and price");
        }
        return new OrderLine(sku, quantity, price);
    }

    private static String string(JsonParser p, JsonToken token, String pointer) {
        if (token == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw new BadRequest(pointer + " must be a string");
    }

    private static Priority priority(JsonParser p, JsonToken token) {
        String raw = string(p, token, "/priority");
        if (raw == null) {
            return null;
        }
        return switch (raw) {
            case "STANDARD" -> Priority.STANDARD;
            case "EXPRESS" -> Priority.EXPRESS;
            case "OVERNIGHT" -> Priority.OVERNIGHT;
            default -> throw new BadRequest("/priority must be one of STANDARD, EXPRESS, OVERNIGHT");
        };
    }

    private static Instant instant(JsonParser p, JsonToken token, String pointer) {
        String raw = string(p, token, pointer);
        if (raw == null) {
            return null;
        }
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw new BadRequest(pointer + " must be an ISO-8601 instant such as 2026-11-25T10:15:30Z");
        }
    }
}
