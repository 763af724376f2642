package dev.kiln.runtime.http;

import dev.kiln.runtime.json.TextFormats;
import dev.kiln.runtime.validation.SentSet;
import io.helidon.common.uri.UriQuery;
import io.helidon.http.ServerRequestHeaders;
import io.helidon.webserver.http.ServerRequest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads request parameters and converts them. Readers return the raw text ({@code null} when absent);
 * converters turn text into a type or throw a {@link HttpException} 400 that names the parameter and
 * the expected form. Every converter treats {@code null} as a missing required parameter.
 *
 * <pre>{@code
 * long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);
 * String limitRaw = Params.query(req, QUERY_LIMIT);
 * int limit = Params.toInt(limitRaw == null ? "20" : limitRaw, QUERY_LIMIT);
 * List<Color> colors = Params.toList(Params.queryAll(req, QUERY_COLOR), QUERY_COLOR,
 *         (raw, p) -> Params.toEnum(raw, p, Color::valueOf, "RED, GREEN, BLUE"));
 * }</pre>
 */
public final class Params {
    private static final int MAX_NUMBER_TEXT = 1000;

    private Params() {}

    /** Converts one raw value; the shape of every {@code toXxx} method. */
    @FunctionalInterface
    public interface Converter<T> {
        T convert(String raw, Param p);
    }

    /** The decoded value of a path template parameter. */
    public static String path(ServerRequest req, Param p) {
        var parameters = req.path().pathParameters();
        return parameters.contains(p.name()) ? parameters.get(p.name()) : null;
    }

    /** The first decoded value of a query parameter, or null when absent. */
    public static String query(ServerRequest req, Param p) {
        UriQuery query = req.query();
        return query.contains(p.name()) ? query.get(p.name()) : null;
    }

    /** Every decoded value of a repeated query parameter ({@code ?tag=a&tag=b}); empty when absent. */
    public static List<String> queryAll(ServerRequest req, Param p) {
        return req.query().all(p.name(), List::of);
    }

    /** The first value of a header, or null when absent. */
    public static String header(ServerRequest req, Param p) {
        ServerRequestHeaders headers = req.headers();
        return headers.contains(p.header()) ? headers.get(p.header()).get() : null;
    }

    /**
     * Every value of a list-valued header: repeated lines and comma-separated members alike
     * ({@code X-Tag: a, b} and two lines {@code a}, {@code b} give the same list); empty when absent.
     */
    public static List<String> headerAll(ServerRequest req, Param p) {
        List<String> lines = req.headers().all(p.header(), List::of);
        for (String line : lines) {
            if (line.indexOf(',') >= 0 || line.indexOf('"') >= 0) {
                List<String> members = new ArrayList<>();
                for (String each : lines) {
                    listMembers(each, members);
                }
                return members;
            }
        }
        return lines;
    }

    /**
     * Adds the members of one list-valued field line (RFC 9110 section 5.6.1): comma-separated, optional
     * whitespace around each, empty members dropped, a member in double quotes taken as a quoted-string
     * ({@code "a, b"} is one member {@code a, b}; {@code \"} inside is a quote).
     */
    static void listMembers(String line, List<String> members) {
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                StringBuilder member = new StringBuilder();
                i++;
                while (i < n && line.charAt(i) != '"') {
                    if (line.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    member.append(line.charAt(i++));
                }
                i++; // the closing quote (or the end, for an unterminated one)
                members.add(member.toString());
                while (i < n && line.charAt(i) != ',') {
                    i++; // text after a quoted-string is not part of any member
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                String member = line.substring(i, end).strip();
                if (!member.isEmpty()) {
                    members.add(member);
                }
                i = end;
            }
            i++; // the comma
        }
    }

    /** {@code raw}, or a 400 "Query parameter 'limit' is required" when null. */
    public static String required(String raw, Param p) {
        if (raw == null) {
            throw ParamErrors.missing(p);
        }
        return raw;
    }

    /** Converts every value, in order, into an unmodifiable list. */
    public static <T> List<T> toList(List<String> raws, Param p, Converter<T> converter) {
        List<T> values = new ArrayList<>(raws.size());
        for (String raw : raws) {
            values.add(converter.convert(raw, p));
        }
        return Collections.unmodifiableList(values);
    }

    /**
     * Converts every value into an unmodifiable set in request order, which remembers where each value was first
     * sent ({@code SentSet}: violations point at the request's index).
     */
    public static <T> Set<T> toSet(List<String> raws, Param p, Converter<T> converter) {
        List<T> values = new ArrayList<>(raws.size());
        for (String raw : raws) {
            values.add(converter.convert(raw, p));
        }
        return SentSet.of(values);
    }

    /** The text itself (present). */
    public static String toStringValue(String raw, Param p) {
        return required(raw, p);
    }

    /** ASCII digits with an optional sign, within {@code int} range. */
    public static int toInt(String raw, Param p) {
        long value = integer(raw, p, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
        return (int) value;
    }

    /** ASCII digits with an optional sign, within {@code long} range. */
    public static long toLong(String raw, Param p) {
        return integer(raw, p, Long.MIN_VALUE, Long.MAX_VALUE, "long");
    }

    /** ASCII digits with an optional sign, within {@code short} range. */
    public static short toShort(String raw, Param p) {
        return (short) integer(raw, p, Short.MIN_VALUE, Short.MAX_VALUE, "short");
    }

    /** ASCII digits with an optional sign, within {@code byte} range. */
    public static byte toByte(String raw, Param p) {
        return (byte) integer(raw, p, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
    }

    /** A decimal number ({@code -1.5}, {@code 2e3}) or {@code NaN}, {@code Infinity}, {@code -Infinity}. */
    public static double toDouble(String raw, Param p) {
        required(raw, p);
        if (TextFormats.isDecimal(raw) && raw.length() <= MAX_NUMBER_TEXT) {
            double value = Double.parseDouble(raw);
            if (!Double.isInfinite(value)) {
                return value;
            }
        } else if (isNonFinite(raw)) {
            return Double.parseDouble(raw);
        }
        throw ParamErrors.invalid(p, raw, "a decimal number (double) such as 1.5");
    }

    /** Like {@link #toDouble} within {@code float} range. */
    public static float toFloat(String raw, Param p) {
        required(raw, p);
        if (TextFormats.isDecimal(raw) && raw.length() <= MAX_NUMBER_TEXT) {
            float value = Float.parseFloat(raw);
            if (!Float.isInfinite(value)) {
                return value;
            }
        } else if (isNonFinite(raw)) {
            return Float.parseFloat(raw);
        }
        throw ParamErrors.invalid(p, raw, "a decimal number within float range such as 1.5");
    }

    /** {@code true} or {@code false}, in any case; nothing else ({@code 1}, {@code yes} are refused). */
    public static boolean toBoolean(String raw, Param p) {
        required(raw, p);
        if (raw.equalsIgnoreCase("true")) {
            return true;
        }
        if (raw.equalsIgnoreCase("false")) {
            return false;
        }
        throw ParamErrors.invalid(p, raw, "true or false");
    }

    /** Exactly one character. */
    public static char toChar(String raw, Param p) {
        required(raw, p);
        if (raw.length() != 1) {
            throw ParamErrors.invalid(p, raw, "exactly one character");
        }
        return raw.charAt(0);
    }

    /** A canonical 8-4-4-4-12 UUID. */
    public static UUID toUuid(String raw, Param p) {
        required(raw, p);
        try {
            return TextFormats.parseUuid(raw);
        } catch (IllegalArgumentException e) {
            throw ParamErrors.invalid(p, raw, "a UUID such as 123e4567-e89b-12d3-a456-426614174000");
        }
    }

    /** A decimal number such as {@code 12.50}. */
    public static BigDecimal toBigDecimal(String raw, Param p) {
        required(raw, p);
        if (TextFormats.isDecimal(raw) && raw.length() <= MAX_NUMBER_TEXT) {
            return new BigDecimal(raw);
        }
        throw ParamErrors.invalid(p, raw, "a decimal number such as 12.50");
    }

    /** An integer of any size. */
    public static BigInteger toBigInteger(String raw, Param p) {
        required(raw, p);
        if (TextFormats.isInteger(raw) && raw.length() <= MAX_NUMBER_TEXT) {
            return new BigInteger(raw);
        }
        throw ParamErrors.invalid(p, raw, "an integer such as 12345678901234567890");
    }

    /** {@code 2024-01-31}. */
    public static LocalDate toLocalDate(String raw, Param p) {
        return temporal(raw, p, LocalDate::parse, "an ISO-8601 date such as 2024-01-31");
    }

    /** {@code 2024-01-31T10:15:30}. */
    public static LocalDateTime toLocalDateTime(String raw, Param p) {
        return temporal(raw, p, LocalDateTime::parse, "an ISO-8601 local date-time such as 2024-01-31T10:15:30");
    }

    /** {@code 2024-01-31T10:15:30+01:00}. */
    public static OffsetDateTime toOffsetDateTime(String raw, Param p) {
        return temporal(raw, p, OffsetDateTime::parse,
                "an ISO-8601 date-time with offset such as 2024-01-31T10:15:30+01:00");
    }

    /** {@code 2024-01-31T10:15:30Z}. */
    public static Instant toInstant(String raw, Param p) {
        return temporal(raw, p, TextFormats::parseInstant, "an ISO-8601 instant such as 2024-01-31T10:15:30Z");
    }

    /** {@code PT10S}, {@code PT1.5S}, {@code P2D}. */
    public static Duration toDuration(String raw, Param p) {
        return temporal(raw, p, Duration::parse, "an ISO-8601 duration such as PT10S");
    }

    /**
     * An enum constant by exact name. {@code valueOf} is the enum's own {@code valueOf}, whose
     * {@link IllegalArgumentException} becomes a 400 listing {@code allowed}.
     */
    public static <E extends Enum<E>> E toEnum(String raw, Param p, Function<String, E> valueOf, String allowed) {
        required(raw, p);
        try {
            return valueOf.apply(raw);
        } catch (IllegalArgumentException e) {
            throw ParamErrors.invalid(p, raw, "one of " + allowed);
        }
    }

    private static long integer(String raw, Param p, long min, long max, String type) {
        required(raw, p);
        if (TextFormats.isInteger(raw) && raw.length() <= 20) {
            try {
                long value = Long.parseLong(raw);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException outOfLongRange) {
                // falls through to the range message
            }
        }
        throw ParamErrors.invalid(p, raw, "an integer from " + min + " to " + max + " (" + type + ")");
    }

    private static boolean isNonFinite(String raw) {
        return raw.equals("NaN") || raw.equals("Infinity") || raw.equals("-Infinity");
    }

    private static <T> T temporal(String raw, Param p, Function<String, T> parse, String expected) {
        required(raw, p);
        try {
            return parse.apply(raw);
        } catch (DateTimeParseException e) {
            throw ParamErrors.invalid(p, raw, expected);
        }
    }
}
