package dev.kiln.codegen.template;

import static dev.kiln.codegen.template.SourceAssert.assertLinesInOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EnumCodecTemplateTest {
    private final String color = EnumCodecTemplate.render(Fixtures.color()).toString();

    @Test
    void writesTheNameAndReadsItBack() {
        assertLinesInOrder(color,
                "@Generated(\"dev.kiln.processor.KilnProcessor\")",
                "public final class ColorJsonCodec implements JsonCodec<Color> {",
                "public static final ColorJsonCodec INSTANCE = new ColorJsonCodec();",
                "public static final String NAMES = \"RED, GREEN, BLUE\";",
                "private ColorJsonCodec() {",
                "public void write(JsonGenerator g, Color value) {",
                "g.writeString(value.name());",
                "public Color read(JsonParser p) {",
                "String name = Json.readString(p);",
                "if (name == null) {",
                "throw Json.badEnum(p, NAMES);",
                "return switch (name) {",
                "case \"RED\" -> Color.RED;",
                "case \"GREEN\" -> Color.GREEN;",
                "case \"BLUE\" -> Color.BLUE;",
                "default -> throw Json.badEnum(p, NAMES);",
                "};");
    }

    @Test
    void isDeterministic() {
        assertEquals(color, EnumCodecTemplate.render(Fixtures.color()).toString());
    }
}
