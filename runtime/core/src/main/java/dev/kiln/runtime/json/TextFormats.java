package dev.kiln.runtime.json;

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

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
