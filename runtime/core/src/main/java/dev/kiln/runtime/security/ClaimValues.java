package dev.kiln.runtime.security;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns credential claims into the immutable simple values a {@link Principal} holds. */
final class ClaimValues {
    private ClaimValues() {}

    /**
     * A deep, immutable copy holding only {@code String}, {@code Long}, {@code Double}, {@code Boolean},
     * {@code List} and {@code Map}. Null entries are dropped (JSON null means absent); dates become epoch
     * seconds, as they are in a JWT.
     */
    static Map<String, Object> immutable(Map<String, ?> claims) {
        if (claims.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : claims.entrySet()) {
            Object value = simple(entry.getKey(), entry.getValue());
            if (value != null) {
                copy.put(entry.getKey(), value);
            }
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object simple(String name, Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Long l -> l;
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case Byte b -> b.longValue();
            case BigInteger big -> big.bitLength() < 64 ? (Object) big.longValue() : big.doubleValue();
            case BigDecimal big -> big.doubleValue();
            case Number n -> n.doubleValue();
            case Date date -> date.getTime() / 1000L;
            case Collection<?> list -> {
                List<Object> copy = new ArrayList<>(list.size());
                for (Object element : list) {
                    Object simple = simple(name, element);
                    if (simple != null) {
                        copy.add(simple);
                    }
                }
                yield Collections.unmodifiableList(copy);
            }
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    Object simple = simple(name, entry.getValue());
                    if (simple != null) {
                        copy.put(String.valueOf(entry.getKey()), simple);
                    }
                }
                yield Collections.unmodifiableMap(copy);
            }
            default -> throw new IllegalArgumentException("Claim '" + name + "' holds a " + value.getClass().getName()
                    + "; claims hold only strings, numbers, booleans, lists and maps");
        };
    }
}
