package dev.kiln.runtime.health;

import dev.kiln.runtime.json.Json;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * MicroProfile Health JSON: {@code {"status":"UP","checks":[{"name":"…","status":"UP","data":{…}}]}}. A DOWN
 * check's reason is its first data entry, {@code "reason"}; {@code data} is left out when empty.
 */
final class HealthJson {
    private HealthJson() {}

    static byte[] write(HealthStatus status, List<HealthProbe.Outcome> outcomes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + 96 * outcomes.size());
        try (JsonGenerator g = Json.factory().createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeName("status");
            g.writeString(status.name());
            g.writeName("checks");
            g.writeStartArray();
            for (HealthProbe.Outcome outcome : outcomes) {
                writeCheck(g, outcome);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void writeCheck(JsonGenerator g, HealthProbe.Outcome outcome) {
        HealthResult result = outcome.result();
        g.writeStartObject();
        g.writeName("name");
        g.writeString(outcome.name());
        g.writeName("status");
        g.writeString(result.status().name());
        if (result.reason() != null || !result.data().isEmpty()) {
            g.writeName("data");
            g.writeStartObject();
            if (result.reason() != null) {
                g.writeName("reason");
                g.writeString(result.reason());
            }
            for (Map.Entry<String, Object> entry : result.data().entrySet()) {
                if (result.reason() != null && entry.getKey().equals("reason")) {
                    continue; // the reason given to down() wins over data of the same name
                }
                g.writeName(entry.getKey());
                writeValue(g, entry.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeValue(JsonGenerator g, Object value) {
        switch (value) {
            case Boolean b -> g.writeBoolean(b);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Short s -> g.writeNumber(s);
            case Byte b -> g.writeNumber(b);
            case Double d when Double.isFinite(d) -> g.writeNumber(d);
            case Float f when Float.isFinite(f) -> g.writeNumber(f);
            case java.math.BigDecimal d -> g.writeNumber(d);
            case java.math.BigInteger i -> g.writeNumber(i);
            default -> g.writeString(String.valueOf(value));
        }
    }
}
