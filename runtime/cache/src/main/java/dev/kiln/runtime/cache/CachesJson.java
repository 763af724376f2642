package dev.kiln.runtime.cache;

import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.WriteOnlyCodec;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** The JSON {@link CachesEndpoint} answers with, written on jackson-core's streaming API (never read back). */
final class CachesJson {
    private CachesJson() {}

    /** {@code {"caches":[{…one cache…}]}}. */
    static final JsonCodec<List<CacheStatistics>> OVERVIEW = new WriteOnlyCodec<>() {
        @Override
        public void write(JsonGenerator g, List<CacheStatistics> caches) {
            g.writeStartObject();
            g.writeName("caches");
            g.writeStartArray();
            for (CacheStatistics cache : caches) {
                CACHE.write(g, cache);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    };

    /**
     * {@code {"name":"products","store":"memory","size":12,"hits":340,"misses":12,"loads":12,"loadFailures":0,
     * "evictions":3,"evictedBySizeOrTtl":0,"ttlMillis":300000,"maxSize":10000}}.
     */
    static final JsonCodec<CacheStatistics> CACHE = new WriteOnlyCodec<>() {
        @Override
        public void write(JsonGenerator g, CacheStatistics cache) {
            g.writeStartObject();
            g.writeStringProperty("name", cache.name());
            g.writeStringProperty("store", cache.store());
            g.writeNumberProperty("size", cache.size());
            g.writeNumberProperty("hits", cache.hits());
            g.writeNumberProperty("misses", cache.misses());
            g.writeNumberProperty("loads", cache.loads());
            g.writeNumberProperty("loadFailures", cache.loadFailures());
            g.writeNumberProperty("evictions", cache.evictions());
            g.writeNumberProperty("evictedBySizeOrTtl", cache.evictedBySizeOrTtl());
            g.writeNumberProperty("ttlMillis", cache.ttl().toMillis());
            g.writeNumberProperty("maxSize", cache.maxSize());
            g.writeEndObject();
        }
    };

    /** What a clear did: {@code {"name":"products","cleared":true}}. */
    static final JsonCodec<String> CLEARED = new WriteOnlyCodec<>() {
        @Override
        public void write(JsonGenerator g, String name) {
            g.writeStartObject();
            g.writeStringProperty("name", name);
            g.writeBooleanProperty("cleared", true);
            g.writeEndObject();
        }
    };
}
