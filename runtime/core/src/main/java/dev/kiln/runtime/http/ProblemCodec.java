package dev.kiln.runtime.http;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;

/**
 * {@link Problem} as {@code application/problem+json}: the standard members, Kiln's {@code errorId} and
 * {@code errors}, then the extension members; null standard members are left out. Reading is lenient, since
 * problems also come from other servers: standard members of the wrong kind are skipped, and any other
 * member becomes an extension member.
 *
 * <pre>{@code
 * byte[] body = Json.encode(ProblemCodec.INSTANCE, Problem.of(404, "No order 7"));
 * }</pre>
 */
public final class ProblemCodec implements JsonCodec<Problem> {
    public static final ProblemCodec INSTANCE = new ProblemCodec();

    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString DETAIL = new SerializedString("detail");
    private static final SerializedString INSTANCE_NAME = new SerializedString("instance");
    private static final SerializedString ERROR_ID = new SerializedString("errorId");
    private static final SerializedString ERRORS = new SerializedString("errors");
    private static final SerializedString POINTER = new SerializedString("pointer");
    private static final SerializedString PARAMETER = new SerializedString("parameter");
    private static final SerializedString IN = new SerializedString("in");

    private ProblemCodec() {}

    @Override
    public void write(JsonGenerator g, Problem value) {
        g.writeStartObject();
        optional(g, TYPE, value.type());
        optional(g, TITLE, value.title());
        g.writeName(STATUS);
        g.writeNumber(value.status());
        optional(g, DETAIL, value.detail());
        optional(g, INSTANCE_NAME, value.instance());
        optional(g, ERROR_ID, value.errorId());
        if (!value.errors().isEmpty()) {
            g.writeName(ERRORS);
            g.writeStartArray();
            for (ProblemError error : value.errors()) {
                g.writeStartObject();
                optional(g, POINTER, error.pointer());
                optional(g, PARAMETER, error.parameter());
                optional(g, IN, error.in());
                optional(g, DETAIL, error.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        ProblemExtensions.write(g, value.extensions());
        g.writeEndObject();
    }

    @Override
    public Problem read(JsonParser p) {
        Json.expectObject(p);
        String type = null;
        String title = null;
        int status = 0;
        String detail = null;
        String instance = null;
        String errorId = null;
        List<ProblemError> errors = List.of();
        Map<String, Object> extensions = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken token = p.nextToken();
            switch (name) {
                case "type" -> type = text(p);
                case "title" -> title = text(p);
                case "status" -> status = token == JsonToken.VALUE_NUMBER_INT ? p.getValueAsInt(0) : 0;
                case "detail" -> detail = text(p);
                case "instance" -> instance = text(p);
                case "errorId" -> errorId = text(p);
                case "errors" -> errors = errors(p);
                default -> {
                    if (extensions == null) {
                        extensions = new LinkedHashMap<>();
                    }
                    extensions.put(name, ProblemExtensions.read(p));
                }
            }
        }
        return new Problem(type, title, status, detail, instance, errors, errorId, extensions);
    }

    private static List<ProblemError> errors(JsonParser p) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<ProblemError> errors = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String pointer = null;
            String parameter = null;
            String in = null;
            String detail = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                switch (name) {
                    case "pointer" -> pointer = text(p);
                    case "parameter" -> parameter = text(p);
                    case "in" -> in = text(p);
                    case "detail" -> detail = text(p);
                    default -> p.skipChildren();
                }
            }
            errors.add(new ProblemError(pointer, parameter, in, detail));
        }
        // Anything other than objects ends the list; skip the rest of the array.
        while (p.currentToken() != JsonToken.END_ARRAY && p.currentToken() != null) {
            p.skipChildren();
            p.nextToken();
        }
        return errors;
    }

    private static String text(JsonParser p) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        p.skipChildren();
        return null;
    }

    private static void optional(JsonGenerator g, SerializedString name, String value) {
        if (value != null) {
            g.writeName(name);
            g.writeString(value);
        }
    }
}
