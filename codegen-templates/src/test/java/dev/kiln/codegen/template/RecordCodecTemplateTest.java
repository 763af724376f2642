package dev.kiln.codegen.template;

import static dev.kiln.codegen.template.SourceAssert.assertHasLines;
import static dev.kiln.codegen.template.SourceAssert.assertLinesInOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import dev.kiln.codegen.model.RecordModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCodecTemplateTest {
    private final String order = RecordCodecTemplate.render(Fixtures.order()).toString();
    private final String everything = RecordCodecTemplate.render(Fixtures.everything()).toString();

    @Test
    void isAJsonCodecWithASingleInstanceDeclaredFirst() {
        JavaFile file = RecordCodecTemplate.render(Fixtures.order());
        assertEquals("OrderJsonCodec", file.typeSpec().name());
        assertEquals("INSTANCE", file.typeSpec().fieldSpecs().get(0).name());
        assertLinesInOrder(order,
                "@Generated(\"dev.kiln.processor.KilnProcessor\")",
                "public final class OrderJsonCodec implements JsonCodec<Order> {",
                "public static final OrderJsonCodec INSTANCE = new OrderJsonCodec();",
                "private static final SerializedString ID = new SerializedString(\"id\");",
                "private static final SerializedString CUSTOMER = new SerializedString(\"customer\");",
                "private static final SerializedString NOTE = new SerializedString(\"note\");",
                "private static final SerializedString LINES = new SerializedString(\"lines\");",
                "private static final JsonCodec<List<NewOrder.Line>> LIST_OF_NEW_ORDER_LINE = JsonCodecs.list(NewOrder_LineJsonCodec.INSTANCE);",
                "private OrderJsonCodec() {");
    }

    @Test
    void writesTheArchitectureExample() {
        assertLinesInOrder(order,
                "public void write(JsonGenerator g, Order value) {",
                "g.writeStartObject();",
                "g.writeName(ID);",
                "g.writeNumber(value.id());",
                "String customer = value.customer();",
                "g.writeName(CUSTOMER);",
                "if (customer == null) {",
                "g.writeNull();",
                "} else {",
                "g.writeString(customer);",
                "Optional<String> note = value.note();",
                "if (note != null && note.isPresent()) {",
                "g.writeName(NOTE);",
                "g.writeString(note.get());",
                "List<NewOrder.Line> lines = value.lines();",
                "g.writeName(LINES);",
                "LIST_OF_NEW_ORDER_LINE.write(g, lines);",
                "g.writeEndObject();");
    }

    @Test
    void readsTheArchitectureExample() {
        assertLinesInOrder(order,
                "public Order read(JsonParser p) {",
                "Json.expectObject(p);",
                "long id = 0L;",
                "boolean idSeen = false;",
                "String customer = null;",
                "Optional<String> note = Optional.empty();",
                "List<NewOrder.Line> lines = null;",
                "for (String property = p.nextName(); property != null; property = p.nextName()) {",
                "p.nextToken();",
                "switch (property) {",
                "case \"id\" -> {",
                "id = Json.readLong(p);",
                "idSeen = true;",
                "case \"customer\" -> customer = Json.readString(p);",
                "case \"note\" -> note = Optional.ofNullable(Json.readString(p));",
                "case \"lines\" -> lines = Json.isNull(p) ? null : LIST_OF_NEW_ORDER_LINE.read(p);",
                "default -> p.skipChildren();",
                "if (!idSeen) {",
                "throw Json.missing(p, \"id\");",
                "if (customer == null) {",
                "throw Json.missing(p, \"customer\");",
                "if (lines == null) {",
                "throw Json.missing(p, \"lines\");",
                "return new Order(id, customer, note, lines);");
    }

    @Test
    void everyPrimitiveKind() {
        assertHasLines(everything,
                "g.writeBoolean(value.booleanValue());",
                "g.writeNumber(value.byteValue());",
                "g.writeNumber(value.shortValue());",
                "g.writeNumber(value.doubleValue());",
                "g.writeString(String.valueOf(value.charValue()));",
                "boolean booleanValue = false;",
                "byte byteValue = 0;",
                "short shortValue = 0;",
                "int intValue = 0;",
                "float floatValue = 0.0f;",
                "double doubleValue = 0.0;",
                "char charValue = '\\0';",
                "booleanValue = Json.readBoolean(p);",
                "byteValue = Json.readByte(p);",
                "shortValue = Json.readShort(p);",
                "floatValue = Json.readFloat(p);",
                "charValue = Json.readChar(p);",
                "if (!charValueSeen) {",
                "throw Json.missing(p, \"charValue\");");
    }

    @Test
    void boxedAndOtherScalarsGoThroughTheirCodecAndAreRequired() {
        assertHasLines(everything,
                "Integer boxedint = value.boxedint();",
                "JsonCodecs.INT.write(g, boxedint);",
                "JsonCodecs.CHAR.write(g, boxedchar);",
                "JsonCodecs.UUID.write(g, uuidValue);",
                "JsonCodecs.BIG_DECIMAL.write(g, bigdecimalValue);",
                "JsonCodecs.OFFSET_DATE_TIME.write(g, offsetdatetimeValue);",
                "JsonCodecs.DURATION.write(g, durationValue);",
                "ColorJsonCodec.INSTANCE.write(g, enumValue);",
                "Integer boxedint = null;",
                "case \"boxedint\" -> boxedint = Json.isNull(p) ? null : JsonCodecs.INT.read(p);",
                "case \"uuidValue\" -> uuidValue = Json.isNull(p) ? null : JsonCodecs.UUID.read(p);",
                "case \"enumValue\" -> enumValue = Json.isNull(p) ? null : ColorJsonCodec.INSTANCE.read(p);",
                "case \"instantValue\" -> instantValue = Json.isNull(p) ? null : JsonCodecs.INSTANT.read(p);",
                "if (boxedint == null) {",
                "throw Json.missing(p, \"boxedint\");",
                "throw Json.missing(p, \"enumValue\");");
    }

    @Test
    void nestedRecordsCollectionsMapsOptionalsArraysAndBytes() {
        assertHasLines(everything,
                // a nested record
                "NewOrder_LineJsonCodec.INSTANCE.write(g, line);",
                "case \"line\" -> line = Json.isNull(p) ? null : NewOrder_LineJsonCodec.INSTANCE.read(p);",
                // List, Set, Map<String, V>, nested containers
                "private static final JsonCodec<Set<String>> SET_OF_STRING = JsonCodecs.set(JsonCodecs.STRING);",
                "private static final JsonCodec<Map<String, Integer>> MAP_OF_INT = JsonCodecs.map(JsonCodecs.INT);",
                "private static final JsonCodec<Map<String, List<NewOrder.Line>>> MAP_OF_LIST_OF_NEW_ORDER_LINE = JsonCodecs.map(JsonCodecs.list(NewOrder_LineJsonCodec.INSTANCE));",
                "private static final JsonCodec<List<List<Color>>> LIST_OF_LIST_OF_COLOR = JsonCodecs.list(JsonCodecs.list(ColorJsonCodec.INSTANCE));",
                "case \"tags\" -> tags = Json.isNull(p) ? null : SET_OF_STRING.read(p);",
                "case \"byName\" -> byName = Json.isNull(p) ? null : MAP_OF_LIST_OF_NEW_ORDER_LINE.read(p);",
                "if (tags == null) {",
                "throw Json.missing(p, \"tags\");",
                // Optional of a record, a boxed number and a list: written only when present
                "Optional<NewOrder.Line> reviewer = value.reviewer();",
                "if (reviewer != null && reviewer.isPresent()) {",
                "NewOrder_LineJsonCodec.INSTANCE.write(g, reviewer.get());",
                "JsonCodecs.INT.write(g, maybeCount.get());",
                "LIST_OF_STRING.write(g, maybeTags.get());",
                "Optional<NewOrder.Line> reviewer = Optional.empty();",
                "case \"reviewer\" -> reviewer = Json.isNull(p) ? Optional.empty() : Optional.of(NewOrder_LineJsonCodec.INSTANCE.read(p));",
                "case \"maybeCount\" -> maybeCount = Json.isNull(p) ? Optional.empty() : Optional.of(JsonCodecs.INT.read(p));",
                "case \"maybeTags\" -> maybeTags = Json.isNull(p) ? Optional.empty() : Optional.of(LIST_OF_STRING.read(p));",
                // arrays: primitive, of records, of strings; byte[] as base64
                "long[] checksums = value.checksums();",
                "JsonCodecs.LONG_ARRAY.write(g, checksums);",
                "case \"checksums\" -> checksums = Json.isNull(p) ? null : JsonCodecs.LONG_ARRAY.read(p);",
                "private static final JsonCodec<NewOrder.Line[]> ARRAY_OF_NEW_ORDER_LINE = JsonCodecs.array(NewOrder_LineJsonCodec.INSTANCE, NewOrder.Line[]::new);",
                "private static final JsonCodec<String[]> ARRAY_OF_STRING = JsonCodecs.array(JsonCodecs.STRING, String[]::new);",
                "byte[] thumbnail = value.thumbnail();",
                "JsonCodecs.BYTES.write(g, thumbnail);",
                "case \"thumbnail\" -> thumbnail = Json.isNull(p) ? null : JsonCodecs.BYTES.read(p);");
        // Optionals are never required
        SourceAssert.assertNoLineContains(everything, "Json.missing(p, \"reviewer\")");
        SourceAssert.assertNoLineContains(everything, "Json.missing(p, \"note\")");
    }

    @Test
    void componentNamesThatClashWithTheCodecsOwnNames() {
        assertHasLines(everything,
                // the property constant of a component called "instance" gives way to INSTANCE
                "private static final SerializedString INSTANCE_ = new SerializedString(\"instance\");",
                // write(g, value) keeps its parameters; components called g and value get other locals
                "public void write(JsonGenerator g, Everything value) {",
                "g.writeNumber(value.g());",
                "String value_ = value.value();",
                "String p = value.p();",
                // read(p) keeps its parameter and loop variable; components give way
                "public Everything read(JsonParser p) {",
                "String p_ = null;",
                "int g = 0;",
                "boolean gSeen = false;",
                "String value = null;",
                "long property_ = 0L;",
                "case \"p\" -> p_ = Json.readString(p);",
                "case \"property\" -> {",
                "property_ = Json.readLong(p);",
                "propertySeen = true;",
                "case \"pSeen\" -> pSeen = Json.isNull(p) ? null : JsonCodecs.INT.read(p);",
                "throw Json.missing(p, \"p\");");
    }

    @Test
    void aRecordWithoutComponents() {
        String source = RecordCodecTemplate.render(new RecordModel(Fixtures.ORDER, List.of())).toString();
        assertLinesInOrder(source,
                "g.writeStartObject();",
                "g.writeEndObject();",
                "Json.expectObject(p);",
                "switch (property) {",
                "default -> p.skipChildren();",
                "return new Order();");
    }

    @Test
    void isDeterministic() {
        assertEquals(everything, RecordCodecTemplate.render(Fixtures.everything()).toString());
        assertEquals(order, RecordCodecTemplate.render(Fixtures.order()).toString());
    }
}
