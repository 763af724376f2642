package dev.kiln.runtime.json;

import java.util.Arrays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** JSON arrays of primitives, read without boxing. */
final class PrimitiveArrayCodecs {
    private PrimitiveArrayCodecs() {}

    /** Moves the parser to the next element; false at the end of the array. */
    private static boolean next(JsonParser p) {
        JsonToken token = p.nextToken();
        if (token == null) {
            throw JsonScalars.mismatch(p, "the end of the array");
        }
        return token != JsonToken.END_ARRAY;
    }

    static final JsonCodec<int[]> INT = new JsonCodec<>() {
        @Override
        public void write(JsonGenerator g, int[] value) {
            g.writeArray(value, 0, value.length);
        }

        @Override
        public int[] read(JsonParser p) {
            Json.expectArray(p);
            int[] values = new int[8];
            int n = 0;
            while (next(p)) {
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                }
                values[n++] = JsonScalars.readInt(p);
            }
            return Arrays.copyOf(values, n);
        }
    };

    static final JsonCodec<long[]> LONG = new JsonCodec<>() {
        @Override
        public void write(JsonGenerator g, long[] value) {
            g.writeArray(value, 0, value.length);
        }

        @Override
        public long[] read(JsonParser p) {
            Json.expectArray(p);
            long[] values = new long[8];
            int n = 0;
            while (next(p)) {
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                }
                values[n++] = JsonScalars.readLong(p);
            }
            return Arrays.copyOf(values, n);
        }
    };

    static final JsonCodec<double[]> DOUBLE = new JsonCodec<>() {
        @Override
        public void write(JsonGenerator g, double[] value) {
            g.writeArray(value, 0, value.length);
        }

        @Override
        public double[] read(JsonParser p) {
            Json.expectArray(p);
            double[] values = new double[8];
            int n = 0;
            while (next(p)) {
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                }
                values[n++] = JsonScalars.readDouble(p);
            }
            return Arrays.copyOf(values, n);
        }
    };

    static final JsonCodec<short[]> SHORT = new JsonCodec<>() {
        @Override
        public void write(JsonGenerator g, short[] value) {
            g.writeStartArray();
            for (short v : value) {
                g.writeNumber(v);
            }
            g.writeEndArray();
        }

        @Override
        public short[] read(JsonParser p) {
            Json.expectArray(p);
            short[] values = new short[8];
            int n = 0;
            while (next(p)) {
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                }
                values[n++] = JsonScalars.readShort(p);
            }
            return Arrays.copyOf(values, n);
        }
    };

    static final JsonCodec<float[]> FLOAT = new JsonCodec<>() {
        @Override
        public void write(JsonGenerator g, float[] value) {
            g.writeStartArray();
            for (float v : value) {
                g.writeNumber(v);
            }
            g.writeEndArray();
        }

        @Override
        public float[] read(JsonParser p) {
            Json.expectArray(p);
            float[] values = new float[8];
            int n = 0;
            while (next(p)) {
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                }
                values[n++] = JsonScalars.readFloat(p);
            }
            return Arrays.copyOf(values, n);
        }
    };

    static final JsonCodec<boolean[]> BOOLEAN = new JsonCodec<>() {
        @Override
        public void write(JsonGenerator g, boolean[] value) {
            g.writeStartArray();
            for (boolean v : value) {
                g.writeBoolean(v);
            }
            g.writeEndArray();
        }

        @Override
        public boolean[] read(JsonParser p) {
            Json.expectArray(p);
            boolean[] values = new boolean[8];
            int n = 0;
            while (next(p)) {
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                }
                values[n++] = JsonScalars.readBoolean(p);
            }
            return Arrays.copyOf(values, n);
        }
    };

    static final JsonCodec<char[]> CHAR = new JsonCodec<>() {
        @Override
        public void write(JsonGenerator g, char[] value) {
            g.writeStartArray();
            for (char v : value) {
                Json.writeChar(g, v);
            }
            g.writeEndArray();
        }

        @Override
        public char[] read(JsonParser p) {
            Json.expectArray(p);
            char[] values = new char[8];
            int n = 0;
            while (next(p)) {
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                }
                values[n++] = JsonScalars.readChar(p);
            }
            return Arrays.copyOf(values, n);
        }
    };
}
