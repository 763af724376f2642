package dev.kiln.runtime.messaging;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;

/** As the processor generates it. */
public final class EmailJobJsonCodec implements JsonCodec<EmailJob> {
    public static final EmailJobJsonCodec INSTANCE = new EmailJobJsonCodec();
    private static final SerializedString NUMBER = new SerializedString("number");
    private static final SerializedString TO = new SerializedString("to");

    private EmailJobJsonCodec() {}

    @Override
    public void write(JsonGenerator g, EmailJob value) {
        g.writeStartObject();
        g.writeName(NUMBER);
        g.writeNumber(value.number());
        String to = value.to();
        g.writeName(TO);
        if (to == null) g.writeNull(); else g.writeString(to);
        g.writeEndObject();
    }

    @Override
    public EmailJob read(JsonParser p) {
        Json.expectObject(p);
        int number = 0;
        boolean numberSeen = false;
        String to = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "number" -> { number = Json.readInt(p); numberSeen = true; }
                case "to" -> to = Json.readString(p);
                default -> p.skipChildren();
            }
        }
        if (!numberSeen) throw Json.missing(p, "number");
        if (to == null) throw Json.missing(p, "to");
        return new EmailJob(number, to);
    }
}
