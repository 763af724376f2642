package dev.kiln.codegen.model;

/**
 * The single-valued types Kiln converts from text (path, query, header) and to and from JSON.
 * Primitive and boxed forms share a kind; {@link ValueType.Scalar#primitive()} tells them apart.
 */
public enum ScalarKind {
    BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, CHAR,
    STRING, ENUM, UUID, BIG_DECIMAL, BIG_INTEGER,
    LOCAL_DATE, LOCAL_DATE_TIME, OFFSET_DATE_TIME, INSTANT, DURATION
}
