package dev.kiln.runtime.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Codecs for scalars (one constant per kind, boxed; names match {@code ScalarKind}), primitive arrays,
 * and containers built around an element codec. Scalar codecs reject JSON null: nullability is the
 * business of the record codec or of {@link #optional}.
 *
 * <pre>{@code
 * private static final JsonCodec<List<Order>> LIST_OF_ORDER = JsonCodecs.list(OrderJsonCodec.INSTANCE);
 * private static final JsonCodec<Map<String, List<String>>> TAGS = JsonCodecs.map(JsonCodecs.list(JsonCodecs.STRING));
 * private static final JsonCodec<Document[]> DOCUMENTS = JsonCodecs.array(DocumentJsonCodec.INSTANCE, Document[]::new);
 * }</pre>
 */
public final class JsonCodecs {
    private JsonCodecs() {}

    public static final JsonCodec<String> STRING = new ScalarCodec<>("STRING", (g, v) -> g.writeString(v), Json::readString);
    public static final JsonCodec<Boolean> BOOLEAN = new ScalarCodec<>("BOOLEAN", (g, v) -> g.writeBoolean(v), Json::readBoolean);
    public static final JsonCodec<Byte> BYTE = new ScalarCodec<>("BYTE", (g, v) -> g.writeNumber(v), Json::readByte);
    public static final JsonCodec<Short> SHORT = new ScalarCodec<>("SHORT", (g, v) -> g.writeNumber(v), Json::readShort);
    public static final JsonCodec<Integer> INT = new ScalarCodec<>("INT", (g, v) -> g.writeNumber(v), Json::readInt);
    public static final JsonCodec<Long> LONG = new ScalarCodec<>("LONG", (g, v) -> g.writeNumber(v), Json::readLong);
    public static final JsonCodec<Float> FLOAT = new ScalarCodec<>("FLOAT", (g, v) -> g.writeNumber(v), Json::readFloat);
    public static final JsonCodec<Double> DOUBLE = new ScalarCodec<>("DOUBLE", (g, v) -> g.writeNumber(v), Json::readDouble);
    public static final JsonCodec<Character> CHAR = new ScalarCodec<>("CHAR", (g, v) -> Json.writeChar(g, v), Json::readChar);
    public static final JsonCodec<UUID> UUID = new ScalarCodec<>("UUID", Json::writeUuid, Json::readUuid);
    public static final JsonCodec<BigDecimal> BIG_DECIMAL =
            new ScalarCodec<>("BIG_DECIMAL", Json::writeBigDecimal, Json::readBigDecimal);
    public static final JsonCodec<BigInteger> BIG_INTEGER =
            new ScalarCodec<>("BIG_INTEGER", Json::writeBigInteger, Json::readBigInteger);
    public static final JsonCodec<LocalDate> LOCAL_DATE =
            new ScalarCodec<>("LOCAL_DATE", Json::writeLocalDate, Json::readLocalDate);
    public static final JsonCodec<LocalDateTime> LOCAL_DATE_TIME =
            new ScalarCodec<>("LOCAL_DATE_TIME", Json::writeLocalDateTime, Json::readLocalDateTime);
    public static final JsonCodec<OffsetDateTime> OFFSET_DATE_TIME =
            new ScalarCodec<>("OFFSET_DATE_TIME", Json::writeOffsetDateTime, Json::readOffsetDateTime);
    public static final JsonCodec<Instant> INSTANT = new ScalarCodec<>("INSTANT", Json::writeInstant, Json::readInstant);
    public static final JsonCodec<Duration> DURATION = new ScalarCodec<>("DURATION", Json::writeDuration, Json::readDuration);
    /** {@code byte[]} as a base64 string. */
    public static final JsonCodec<byte[]> BYTES = new ScalarCodec<>("BYTES", Json::writeBytes, Json::readBytes);

    /** {@code int[]} as a JSON array of integers. */
    public static final JsonCodec<int[]> INT_ARRAY = PrimitiveArrayCodecs.INT;
    /** {@code long[]} as a JSON array of integers. */
    public static final JsonCodec<long[]> LONG_ARRAY = PrimitiveArrayCodecs.LONG;
    /** {@code short[]} as a JSON array of integers. */
    public static final JsonCodec<short[]> SHORT_ARRAY = PrimitiveArrayCodecs.SHORT;
    /** {@code double[]} as a JSON array of numbers. */
    public static final JsonCodec<double[]> DOUBLE_ARRAY = PrimitiveArrayCodecs.DOUBLE;
    /** {@code float[]} as a JSON array of numbers. */
    public static final JsonCodec<float[]> FLOAT_ARRAY = PrimitiveArrayCodecs.FLOAT;
    /** {@code boolean[]} as a JSON array of booleans. */
    public static final JsonCodec<boolean[]> BOOLEAN_ARRAY = PrimitiveArrayCodecs.BOOLEAN;
    /** {@code char[]} as a JSON array of one-character strings. */
    public static final JsonCodec<char[]> CHAR_ARRAY = PrimitiveArrayCodecs.CHAR;

    /** {@code List<E>} as a JSON array; reads an unmodifiable list. */
    public static <E> JsonCodec<List<E>> list(JsonCodec<E> element) {
        return new ContainerCodecs.ListCodec<>(Objects.requireNonNull(element, "element"));
    }

    /** {@code Set<E>} as a JSON array; reads an unmodifiable set in document order. */
    public static <E> JsonCodec<Set<E>> set(JsonCodec<E> element) {
        return new ContainerCodecs.SetCodec<>(Objects.requireNonNull(element, "element"));
    }

    /** {@code Map<String, V>} as a JSON object; reads an unmodifiable map in document order. */
    public static <V> JsonCodec<Map<String, V>> map(JsonCodec<V> value) {
        return new ContainerCodecs.MapCodec<>(Objects.requireNonNull(value, "value"));
    }

    /** {@code Optional<E>}: JSON null is empty. */
    public static <E> JsonCodec<Optional<E>> optional(JsonCodec<E> element) {
        return new ContainerCodecs.OptionalCodec<>(Objects.requireNonNull(element, "element"));
    }

    /** {@code E[]} (not primitive arrays: see {@link #INT_ARRAY} and friends) as a JSON array. */
    public static <E> JsonCodec<E[]> array(JsonCodec<E> element, IntFunction<E[]> factory) {
        return new ContainerCodecs.ArrayCodec<>(Objects.requireNonNull(element, "element"),
                Objects.requireNonNull(factory, "factory"));
    }
}
