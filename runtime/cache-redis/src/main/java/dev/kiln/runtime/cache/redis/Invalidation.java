package dev.kiln.runtime.cache.redis;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * One message on {@code kiln:cache:invalidations}: {@code {"origin":"<instance>","cache":"products","key":"\"sku-1\""}}
 * (the key's JSON, as text) or {@code {"origin":…,"cache":…,"all":true}}. The instance that sent it ignores it.
 *
 * @param origin the sending store's random id
 * @param cache  the cache's name
 * @param key    the key's JSON, or null for every entry
 */
record Invalidation(String origin, String cache, String key) {
    static final JsonCodec<Invalidation> CODEC = new JsonCodec<>() {
        @Override
        public void write(JsonGenerator g, Invalidation value) {
            g.writeStartObject();
            g.writeStringProperty("origin", value.origin());
            g.writeStringProperty("cache", value.cache());
            if (value.key() == null) {
                g.writeBooleanProperty("all", true);
            } else {
                g.writeStringProperty("key", value.key());
            }
            g.writeEndObject();
        }

        @Override
        public Invalidation read(JsonParser p) {
            Json.expectObject(p);
            String origin = null;
            String cache = null;
            String key = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "origin" -> origin = Json.readString(p);
                    case "cache" -> cache = Json.readString(p);
                    case "key" -> key = Json.readString(p);
                    default -> p.skipChildren();
                }
            }
            if (origin == null) throw Json.missing(p, "origin");
            if (cache == null) throw Json.missing(p, "cache");
            return new Invalidation(origin, cache, key);
        }
    };

    String json() {
        return new String(Json.encode(CODEC, this), StandardCharsets.UTF_8);
    }

    static Invalidation parse(String json) {
        return Json.decode(CODEC, json.getBytes(StandardCharsets.UTF_8));
    }
}
