package dev.kiln.bench.baseline;

import dev.kiln.bench.model.Greeting;
import dev.kiln.bench.model.Item;
import dev.kiln.bench.model.OrderSummary;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * Hand-written jackson-core streaming encoders for the three response types: property names pre-encoded,
 * components written in declaration order, an empty {@code Optional} omitted.
 *
 * <pre>{@code
 * byte[] body = BaselineJsonWriter.greeting(BenchWork.hello());
 * }</pre>
 */
final class BaselineJsonWriter {
    static final JsonFactory FACTORY = new JsonFactory();

    private static final SerializedString MESSAGE = new SerializedString("message");
    private static final SerializedString SERVICE = new SerializedString("service");
    private static final SerializedString VERSION = new SerializedString("version");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString QUERY = new SerializedString("query");
    private static final SerializedString LIMIT = new SerializedString("limit");
    private static final SerializedString PRICE = new SerializedString("price");
    private static final SerializedString TAGS = new SerializedString("tags");
    private static final SerializedString CUSTOMER = new SerializedString("customer");
    private static final SerializedString LINE_COUNT = new SerializedString("lineCount");
    private static final SerializedString TOTAL_QUANTITY = new SerializedString("totalQuantity");
    private static final SerializedString TOTAL = new SerializedString("total");
    private static final SerializedString PRIORITY = new SerializedString("priority");
    private static final SerializedString PLACED_AT = new SerializedString("placedAt");
    private static final SerializedString NOTE = new SerializedString("note");

    private BaselineJsonWriter() {}

    static byte[] greeting(Greeting value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeName(MESSAGE);
            writeNullableString(g, value.message());
            g.writeName(SERVICE);
            writeNullableString(g, value.service());
            g.writeName(VERSION);
            g.writeNumber(value.version());
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    static byte[] item(Item value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeName(ID);
            g.writeNumber(value.id());
            g.writeName(NAME);
            writeNullableString(g, value.name());
            g.writeName(QUERY);
            writeNullableString(g, value.query());
            g.writeName(LIMIT);
            g.writeNumber(value.limit());
            g.writeName(PRICE);
            if (value.price() == null) {
                g.writeNull();
            } else {
                g.writeNumber(value.price());
            }
            g.writeName(TAGS);
            if (value.tags() == null) {
                g.writeNull();
            } else {
                g.writeStartArray();
                for (String tag : value.tags()) {
                    writeNullableString(g, tag);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    static byte[] orderSummary(OrderSummary value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeName(CUSTOMER);
            writeNullableString(g, value.customer());
            g.writeName(LINE_COUNT);
            g.writeNumber(value.lineCount());
            g.writeName(TOTAL_QUANTITY);
            g.writeNumber(value.totalQuantity());
            g.writeName(TOTAL);
            if (value.total() == null) {
                g.writeNull();
            } else {
                g.writeNumber(value.total());
            }
            g.writeName(PRIORITY);
            writeNullableString(g, value.priority() == null ? null : value.priority().name());
            g.writeName(PLACED_AT);
            writeNullableString(g, value.placedAt() == null ? null : value.placedAt().toString());
            Optional<String> note = value.note();
            if (note != null && note.isPresent()) {
                g.writeName(NOTE);
                g.writeString(note.get());
            }
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void writeNullableString(JsonGenerator g, String value) {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }
}
