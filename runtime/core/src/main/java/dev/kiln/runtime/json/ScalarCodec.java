package dev.kiln.runtime.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** A codec built from a writer and a reader; rejects JSON null, since a scalar codec's value is never null. */
final class ScalarCodec<T> implements JsonCodec<T> {
    /** Writes one non-null value. */
    @FunctionalInterface
    interface Writer<T> {
        void write(JsonGenerator g, T value);
    }

    /** Reads one value; may return null for JSON null. */
    @FunctionalInterface
    interface Reader<T> {
        T read(JsonParser p);
    }

    private final String name;
    private final Writer<T> writer;
    private final Reader<T> reader;

    ScalarCodec(String name, Writer<T> writer, Reader<T> reader) {
        this.name = name;
        this.writer = writer;
        this.reader = reader;
    }

    @Override
    public void write(JsonGenerator g, T value) {
        writer.write(g, value);
    }

    @Override
    public T read(JsonParser p) {
        if (p.currentToken() == tools.jackson.core.JsonToken.VALUE_NULL) {
            throw new JsonDecodeException(JsonScalars.pointer(p), "null is not allowed here");
        }
        return reader.read(p);
    }

    @Override
    public String toString() {
        return "JsonCodecs." + name;
    }
}
