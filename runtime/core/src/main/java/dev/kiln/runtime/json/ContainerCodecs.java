package dev.kiln.runtime.json;

import dev.kiln.runtime.validation.SentSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The collection codecs behind {@link JsonCodecs#list}, {@code set}, {@code map}, {@code optional} and {@code array}. */
final class ContainerCodecs {
    private ContainerCodecs() {}

    /** Writes each element; a null element is written as JSON null. */
    static <E> void writeElements(JsonGenerator g, JsonCodec<E> element, Iterable<? extends E> values) {
        g.writeStartArray();
        for (E value : values) {
            if (value == null) {
                g.writeNull();
            } else {
                element.write(g, value);
            }
        }
        g.writeEndArray();
    }

    static <E, C extends Collection<E>> C readElements(JsonParser p, JsonCodec<E> element, C target) {
        Json.expectArray(p);
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw JsonScalars.mismatch(p, "the end of the array");
            }
            target.add(element.read(p));
        }
        return target;
    }

    /** {@code List<E>}: a JSON array, read into an unmodifiable list. */
    record ListCodec<E>(JsonCodec<E> element) implements JsonCodec<List<E>> {
        @Override
        public void write(JsonGenerator g, List<E> value) {
            writeElements(g, element, value);
        }

        @Override
        public List<E> read(JsonParser p) {
            return Collections.unmodifiableList(readElements(p, element, new ArrayList<>()));
        }
    }

    /**
     * {@code Set<E>}: a JSON array, read into an unmodifiable set that keeps the document's order and where each
     * element was first sent ({@code SentSet}: violations point at the document's index).
     */
    record SetCodec<E>(JsonCodec<E> element) implements JsonCodec<Set<E>> {
        @Override
        public void write(JsonGenerator g, Set<E> value) {
            writeElements(g, element, value);
        }

        @Override
        public Set<E> read(JsonParser p) {
            return SentSet.of(readElements(p, element, new ArrayList<>()));
        }
    }

    /** {@code E[]}: a JSON array. */
    record ArrayCodec<E>(JsonCodec<E> element, IntFunction<E[]> factory) implements JsonCodec<E[]> {
        @Override
        public void write(JsonGenerator g, E[] value) {
            writeElements(g, element, java.util.Arrays.asList(value));
        }

        @Override
        public E[] read(JsonParser p) {
            List<E> list = readElements(p, element, new ArrayList<>());
            return list.toArray(factory.apply(list.size()));
        }
    }

    /** {@code Map<String, V>}: a JSON object, read into an unmodifiable map that keeps the document's order. */
    record MapCodec<V>(JsonCodec<V> value) implements JsonCodec<Map<String, V>> {
        @Override
        public void write(JsonGenerator g, Map<String, V> map) {
            g.writeStartObject();
            for (Map.Entry<String, V> entry : map.entrySet()) {
                g.writeName(entry.getKey());
                V v = entry.getValue();
                if (v == null) {
                    g.writeNull();
                } else {
                    value.write(g, v);
                }
            }
            g.writeEndObject();
        }

        @Override
        public Map<String, V> read(JsonParser p) {
            Json.expectObject(p);
            Map<String, V> map = new LinkedHashMap<>();
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                map.put(name, value.read(p));
            }
            return Collections.unmodifiableMap(map);
        }
    }

    /** {@code Optional<E>}: the value, or JSON null when empty. */
    record OptionalCodec<E>(JsonCodec<E> element) implements JsonCodec<Optional<E>> {
        @Override
        public void write(JsonGenerator g, Optional<E> value) {
            if (value.isPresent()) {
                element.write(g, value.get());
            } else {
                g.writeNull();
            }
        }

        @Override
        public Optional<E> read(JsonParser p) {
            return p.currentToken() == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(element.read(p));
        }
    }
}
