package dev.kiln.runtime.messaging;

import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.WriteOnlyCodec;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** The JSON {@link MessagingEndpoint} answers with, written on jackson-core's streaming API (never read back). */
final class MessagingJson {
    private MessagingJson() {}

    /** {@code {"application":…,"transport":…,"destinations":[{"kind":…,"name":…,"stream":…,"deadLetters":…,"groups":[…]}]}}. */
    static JsonCodec<List<DestinationStats>> overview(Messaging messaging) {
        return new WriteOnlyCodec<>() {
            @Override
            public void write(JsonGenerator g, List<DestinationStats> destinations) {
                g.writeStartObject();
                g.writeStringProperty("application", messaging.application());
                g.writeStringProperty("transport", messaging.transport().type());
                g.writeName("destinations");
                g.writeStartArray();
                for (DestinationStats stats : destinations) {
                    g.writeStartObject();
                    g.writeStringProperty("kind", stats.destination().kind().label());
                    g.writeStringProperty("name", stats.destination().name());
                    g.writeStringProperty("stream", stats.destination().stream());
                    g.writeNumberProperty("deadLetters", stats.deadLetters());
                    g.writeName("groups");
                    g.writeStartArray();
                    for (GroupStats group : stats.groups()) {
                        g.writeStartObject();
                        g.writeStringProperty("group", group.group());
                        g.writeNumberProperty("pending", group.pending());
                        g.writeNumberProperty("lag", group.lag());
                        g.writeNumberProperty("oldestPendingMillis", group.oldestPendingAge().toMillis());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        };
    }

    /** {@code {"destination":"kiln:events:orders","count":12,"deadLetters":[…up to limit…]}}. */
    static JsonCodec<List<DeadLetter>> deadLetters(Destination destination, long count) {
        return new WriteOnlyCodec<>() {
            @Override
            public void write(JsonGenerator g, List<DeadLetter> letters) {
                g.writeStartObject();
                g.writeStringProperty("destination", destination.stream());
                g.writeNumberProperty("count", count);
                g.writeName("deadLetters");
                g.writeStartArray();
                for (DeadLetter letter : letters) {
                    DEAD_LETTER.write(g, letter);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        };
    }

    /** One dead letter: {@code {"id":…,"group":…,"error":…,"attempts":…,"deadAt":…,"envelope":{…CloudEvents…}}}. */
    static final JsonCodec<DeadLetter> DEAD_LETTER = new WriteOnlyCodec<>() {
        @Override
        public void write(JsonGenerator g, DeadLetter letter) {
            g.writeStartObject();
            g.writeStringProperty("id", letter.id());
            g.writeStringProperty("group", letter.group());
            g.writeStringProperty("error", letter.error());
            g.writeNumberProperty("attempts", letter.attempts());
            g.writeStringProperty("deadAt", letter.deadAt().toString());
            g.writeName("envelope");
            EnvelopeCodec.INSTANCE.write(g, letter.envelope());
            g.writeEndObject();
        }
    };

    /** What a replay or a purge did: {@code {"destination":"kiln:events:orders","<what>":3}}. */
    static JsonCodec<Long> count(Destination destination, String what) {
        return new WriteOnlyCodec<>() {
            @Override
            public void write(JsonGenerator g, Long count) {
                g.writeStartObject();
                g.writeStringProperty("destination", destination.stream());
                g.writeNumberProperty(what, count);
                g.writeEndObject();
            }
        };
    }
}
