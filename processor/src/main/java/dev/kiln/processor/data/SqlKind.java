package dev.kiln.processor.data;

import dev.kiln.codegen.model.ScalarKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jooq.DataType;

/**
 * What a SQL value is, as far as reading it into Java (or binding Java to it) goes, from jOOQ's type of a column or
 * expression; and which Java types each may go to and come from.
 *
 * <p>A column is read strictly ({@link #reads}): a {@code bigint} into {@code long}, {@code Long} or
 * {@code BigDecimal}, never into {@code int} or {@code String}. The type jOOQ infers for an expression
 * ({@code count(*)}, {@code sum(x)}, {@code a + b}) is only its family, so an expression is checked by family
 * ({@link #family}): a number into any number type. {@link #UNKNOWN} (a function jOOQ does not know, a column of a
 * user-defined type or of a view) accepts any Java type: the database has the last word.
 */
public enum SqlKind {
    SMALLINT("smallint"), INTEGER("integer"), BIGINT("bigint"), NUMERIC("numeric"), REAL("real"),
    DOUBLE("double precision"), TEXT("text"), BOOLEAN("boolean"), UUID("uuid"), DATE("date"),
    TIMESTAMP("timestamp"), TIMESTAMPTZ("timestamptz"), UNKNOWN("unknown");

    private final String sqlName;

    SqlKind(String sqlName) {
        this.sqlName = sqlName;
    }

    /** How the message names it: {@code bigint}, {@code text}, … */
    public String sqlName() {
        return sqlName;
    }

    /** The kind of jOOQ's {@code type}. */
    public static SqlKind of(DataType<?> type) {
        Class<?> java = type.getType();
        if (java == Short.class || java == Byte.class) {
            return SMALLINT;
        } else if (java == Integer.class) {
            return INTEGER;
        } else if (java == Long.class) {
            return BIGINT;
        } else if (java == BigDecimal.class || java == BigInteger.class) {
            return NUMERIC;
        } else if (java == Float.class) {
            return REAL;
        } else if (java == Double.class) {
            return DOUBLE;
        } else if (java == String.class) {
            return TEXT;
        } else if (java == Boolean.class) {
            return BOOLEAN;
        } else if (java == UUID.class) {
            return UUID;
        } else if (java == java.sql.Date.class || java == java.time.LocalDate.class) {
            return DATE;
        } else if (java == java.sql.Timestamp.class || java == java.time.LocalDateTime.class) {
            return TIMESTAMP;
        } else if (java == java.time.OffsetDateTime.class || java == java.time.Instant.class) {
            return TIMESTAMPTZ;
        }
        return UNKNOWN;
    }

    /** Whether a column of this kind can be read into {@code java} without loss. */
    public boolean reads(ScalarKind java) {
        return switch (this) {
            case SMALLINT -> EnumSet.of(ScalarKind.SHORT, ScalarKind.INT, ScalarKind.LONG, ScalarKind.BIG_DECIMAL)
                    .contains(java);
            case INTEGER -> EnumSet.of(ScalarKind.INT, ScalarKind.LONG, ScalarKind.BIG_DECIMAL).contains(java);
            case BIGINT -> EnumSet.of(ScalarKind.LONG, ScalarKind.BIG_DECIMAL).contains(java);
            case NUMERIC -> java == ScalarKind.BIG_DECIMAL;
            case REAL -> java == ScalarKind.FLOAT || java == ScalarKind.DOUBLE;
            case DOUBLE -> java == ScalarKind.DOUBLE;
            case TEXT -> java == ScalarKind.STRING || java == ScalarKind.ENUM;
            case BOOLEAN -> java == ScalarKind.BOOLEAN;
            case UUID -> java == ScalarKind.UUID;
            case DATE -> java == ScalarKind.LOCAL_DATE;
            case TIMESTAMP -> java == ScalarKind.LOCAL_DATE_TIME;
            case TIMESTAMPTZ -> java == ScalarKind.OFFSET_DATE_TIME;
            case UNKNOWN -> true;
        };
    }

    /**
     * Whether a value of this kind and {@code java} are of one family (numbers, text, booleans, UUIDs, dates,
     * timestamps): what an expression's result is checked against, and what a parameter compared with or stored into
     * a value of this kind must be (PostgreSQL has no implicit cast between families: {@code text = bigint} fails).
     */
    public boolean family(ScalarKind java) {
        return switch (this) {
            case SMALLINT, INTEGER, BIGINT, NUMERIC, REAL, DOUBLE -> NUMBERS.contains(java);
            case TIMESTAMP, TIMESTAMPTZ -> java == ScalarKind.LOCAL_DATE_TIME || java == ScalarKind.OFFSET_DATE_TIME;
            default -> reads(java);
        };
    }

    private static final Set<ScalarKind> NUMBERS = EnumSet.of(ScalarKind.SHORT, ScalarKind.INT, ScalarKind.LONG,
            ScalarKind.FLOAT, ScalarKind.DOUBLE, ScalarKind.BIG_DECIMAL);

    /** The Java types JDBC reads this kind into, for messages: {@code long, Long or BigDecimal}. */
    public String javaTypes() {
        return switch (this) {
            case SMALLINT -> "short, int, long (or their boxes) or BigDecimal";
            case INTEGER -> "int, long (or their boxes) or BigDecimal";
            case BIGINT -> "long, Long or BigDecimal";
            case NUMERIC -> "BigDecimal";
            case REAL -> "float, double or their boxes";
            case DOUBLE -> "double or Double";
            case TEXT -> "String or an enum";
            case BOOLEAN -> "boolean or Boolean";
            case UUID -> "UUID";
            case DATE -> "LocalDate";
            case TIMESTAMP -> "LocalDateTime";
            case TIMESTAMPTZ -> "OffsetDateTime";
            case UNKNOWN -> "any type";
        };
    }
}
