package dev.kiln.runtime.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.UUID;

/**
 * Strict checks for numbers and UUIDs written as text. The JDK parsers accept more than we want on the wire:
 * non-ASCII digits, {@code 1d}/{@code 1f} suffixes, hexadecimal floats, surrounding whitespace.
 * Shared with {@code dev.kiln.runtime.http.Params}.
 *
 * <pre>{@code
 * TextFormats.isInteger("-42");      // true;  "٤٢", "4 2", "42L" are false
 * TextFormats.isDecimal("1.5e3");    // true;  "1d", "0x1p3", " 1" are false
 * TextFormats.parseUuid("123e4567-e89b-12d3-a456-426614174000");
 * TextFormats.parseInstant("2024-01-31T10:15:30.250Z");
 * }</pre>
 */
public final class TextFormats {
    private TextFormats() {}

    /** An optional sign then ASCII digits: {@code 42}, {@code -7}, {@code +3}. */
    public static boolean isInteger(String text) {
        int length = text.length();
        int i = length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        if (i == length) {
            return false;
        }
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** An optional sign, digits with an optional fraction, an optional exponent: {@code -1.5e3}, {@code .5}, {@code 2.}. */
    public static boolean isDecimal(String text) {
        int length = text.length();
        int i = length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int digits = 0;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < length && text.charAt(i) == '.') {
            i++;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == length;
    }

    /** A canonical 8-4-4-4-12 hex UUID; {@link UUID#fromString} alone also accepts {@code 1-1-1-1-1}. */
    public static UUID parseUuid(String text) {
        if (text.length() != 36) {
            throw new IllegalArgumentException("not a UUID");
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            boolean ok = dash ? c == '-' : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!ok) {
                throw new IllegalArgumentException("not a UUID");
            }
        }
        return UUID.fromString(text);
    }

    /**
     * Exactly what {@link Instant#parse} answers, for the same inputs, with the same exceptions. The form
     * services send, {@code 2024-01-31T10:15:30Z} with an optional fraction of up to nine digits, is read by
     * hand; anything else (offsets, lower case, leap seconds, years past 9999, every mistake) goes to
     * {@link Instant#parse}, whose formatter costs several times more.
     */
    public static Instant parseInstant(String text) {
        int length = text.length();
        if (length >= 20 && length <= 30 && text.charAt(length - 1) == 'Z' && text.charAt(4) == '-'
                && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int nanos = 0;
            boolean valid = year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour <= 23
                    && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
            if (valid && length > 20) {
                int fractionDigits = length - 21;
                int fraction = fractionDigits == 0 ? -1 : digits(text, 20, fractionDigits);
                valid = text.charAt(19) == '.' && fraction >= 0;
                nanos = valid ? fraction * POWERS_OF_TEN[9 - fractionDigits] : 0;
            }
            if (valid && day <= Month.of(month).length(Year.isLeap(year))) {
                long epochDay = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
            }
        }
        return Instant.parse(text);
    }

    /** The longest text {@link #formatInstant} writes: {@code 9999-12-31T23:59:59.999999999Z}. */
    public static final int INSTANT_MAX_LENGTH = 30;

    /**
     * Writes {@code instant} into {@code out} from index 0 exactly as {@link Instant#toString} spells it
     * ({@code 2024-01-31T10:15:30Z}, with zero, three, six or nine fraction digits as needed) and returns the
     * length, for years 0 to 9999; returns -1 for any other year, which {@link Instant#toString} must spell.
     * Writing into a caller's buffer skips the formatter and the string it builds.
     */
    public static int formatInstant(Instant instant, char[] out) {
        long seconds = instant.getEpochSecond();
        long epochDay = Math.floorDiv(seconds, 86_400);
        if (epochDay < MIN_FAST_EPOCH_DAY || epochDay > MAX_FAST_EPOCH_DAY) {
            return -1;
        }
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        put(out, 0, date.getYear(), 4);
        out[4] = '-';
        put(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        put(out, 11, secondOfDay / 3_600, 2);
        out[13] = ':';
        put(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        put(out, 17, secondOfDay % 60, 2);
        int length = 19;
        int nanos = instant.getNano();
        if (nanos != 0) {
            out[length++] = '.';
            if (nanos % 1_000_000 == 0) {
                put(out, length, nanos / 1_000_000, 3);
                length += 3;
            } else if (nanos % 1_000 == 0) {
                put(out, length, nanos / 1_000, 6);
                length += 6;
            } else {
                put(out, length, nanos, 9);
                length += 9;
            }
        }
        out[length++] = 'Z';
        return length;
    }

    private static final long MIN_FAST_EPOCH_DAY = LocalDate.of(0, 1, 1).toEpochDay();
    private static final long MAX_FAST_EPOCH_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    /** {@code value} as exactly {@code width} decimal digits, zero-padded, at {@code at}. */
    private static void put(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000, 1_000_000_000};

    /** The value of {@code count} ASCII digits at {@code from}, or -1 if any is not one. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
