package dev.kiln.runtime.testapp;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** Written by hand in the shape the processor generates for enums. */
public final class ColorJsonCodec implements JsonCodec<Color> {
    public static final ColorJsonCodec INSTANCE = new ColorJsonCodec();

    private ColorJsonCodec() {}

    @Override
    public void write(JsonGenerator g, Color value) {
        g.writeString(value.name());
    }

    @Override
    public Color read(JsonParser p) {
        String name = Json.readString(p);
        if (name == null) {
            throw Json.mismatch(p, "one of RED, GREEN, BLUE");
        }
        return switch (name) {
            case "RED" -> Color.RED;
            case "GREEN" -> Color.GREEN;
            case "BLUE" -> Color.BLUE;
            default -> throw Json.badEnum(p, "RED, GREEN, BLUE");
        };
    }
}
