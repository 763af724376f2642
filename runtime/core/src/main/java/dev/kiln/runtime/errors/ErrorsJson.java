package dev.kiln.runtime.errors;

import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.WriteOnlyCodec;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** The JSON {@link ErrorsEndpoint} answers with, written on jackson-core's streaming API (never read back). */
final class ErrorsJson {
    private ErrorsJson() {}

    /** {@code {"application":…,"fingerprint":"v1","evicted":0,"groups":[{…},…]}}. */
    static JsonCodec<List<ErrorGroup>> overview(String application, long evicted) {
        return new WriteOnlyCodec<>() {
            @Override
            public void write(JsonGenerator g, List<ErrorGroup> groups) {
                g.writeStartObject();
                g.writeStringProperty("application", application);
                g.writeStringProperty("fingerprint", Fingerprints.VERSION);
                g.writeNumberProperty("evicted", evicted);
                g.writeName("groups");
                g.writeStartArray();
                for (ErrorGroup group : groups) {
                    GROUP.write(g, group);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        };
    }

    /**
     * One group: {@code {"fingerprint":"v1:…","type":…,"message":…,"count":3,"firstSeen":…,"lastSeen":…,
     * "where":["GET /orders/{id}"],"traceId":…,"errorIds":[…],"frames":[…]}}.
     */
    static final JsonCodec<ErrorGroup> GROUP = new WriteOnlyCodec<>() {
        @Override
        public void write(JsonGenerator g, ErrorGroup group) {
            g.writeStartObject();
            g.writeStringProperty("fingerprint", group.fingerprint());
            g.writeStringProperty("type", group.type());
            g.writeStringProperty("message", group.message());
            g.writeNumberProperty("count", group.count());
            g.writeStringProperty("firstSeen", group.firstSeen().toString());
            g.writeStringProperty("lastSeen", group.lastSeen().toString());
            strings(g, "where", group.where());
            g.writeStringProperty("traceId", group.traceId());
            strings(g, "errorIds", group.errorIds());
            strings(g, "frames", group.frames());
            g.writeEndObject();
        }
    };

    private static void strings(JsonGenerator g, String name, List<String> values) {
        g.writeName(name);
        g.writeStartArray();
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
