package events;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;

/**
 * Reads and writes {@link EmailJob} as a JSON object with jackson-core's streaming API.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class EmailJobJsonCodec implements JsonCodec<EmailJob> {
    /**
     * The only instance; codecs are stateless.
     */
    public static final EmailJobJsonCodec INSTANCE = new EmailJobJsonCodec();

    private static final SerializedString TO = new SerializedString("to");

    private static final SerializedString SUBJECT = new SerializedString("subject");

    private static final SerializedString BODY = new SerializedString("body");

    private EmailJobJsonCodec() {
    }

    @Override
    public void write(JsonGenerator g, EmailJob value) {
        g.writeStartObject();
        String to = value.to();
        g.writeName(TO);
        if (to == null) {
            g.writeNull();
        } else {
            g.writeString(to);
        }
        String subject = value.subject();
        g.writeName(SUBJECT);
        if (subject == null) {
            g.writeNull();
        } else {
            g.writeString(subject);
        }
        String body = value.body();
        g.writeName(BODY);
        if (body == null) {
            g.writeNull();
        } else {
            g.writeString(body);
        }
        g.writeEndObject();
    }

    @Override
    public EmailJob read(JsonParser p) {
        Json.expectObject(p);
        String to = null;
        String subject = null;
        String body = null;
        for (String property = p.nextName(); property != null; property = p.nextName()) {
            p.nextToken();
            switch (property) {
                case "to" -> to = Json.readString(p);
                case "subject" -> subject = Json.readString(p);
                case "body" -> body = Json.readString(p);
                default -> p.skipChildren();
            }
        }
        if (to == null) {
            throw Json.missing(p, "to");
        }
        if (subject == null) {
            throw Json.missing(p, "subject");
        }
        if (body == null) {
            throw Json.missing(p, "body");
        }
        return new EmailJob(to, subject, body);
    }
}
