package dev.kiln.codegen.model;

import java.util.Optional;

/**
 * One parameter of a route.
 *
 * @param javaName     the Java parameter name
 * @param kind         where it is bound from
 * @param wireName     the path variable, query parameter or header name (the Java name for a body)
 * @param type         its type; for query parameters and headers {@code Optional}, {@code List} and
 *                     {@code Set} wrap a {@link ValueType.Scalar}
 * @param defaultValue the {@code @DefaultValue}, as written on the wire
 * @param constraints  what the router checks once every parameter is bound; {@link Constraints#NONE} when nothing
 */
public record ParamModel(
        String javaName, ParamKind kind, String wireName, ValueType type, Optional<String> defaultValue,
        Constraints constraints) {

    /** A parameter with no constraints. */
    public ParamModel(String javaName, ParamKind kind, String wireName, ValueType type, Optional<String> defaultValue) {
        this(javaName, kind, wireName, type, defaultValue, Constraints.NONE);
    }
}
