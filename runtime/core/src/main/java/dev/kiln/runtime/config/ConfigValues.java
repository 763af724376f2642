package dev.kiln.runtime.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses the human forms of durations and sizes found in configuration. */
final class ConfigValues {
    private ConfigValues() {}

    /** {@code PT10S}, {@code 10s}, {@code 500ms}, {@code 2m}, {@code 1h}, {@code 1d}. */
    static Duration duration(String key, String raw) {
        String text = raw.strip();
        if (!text.isEmpty() && (text.charAt(0) == 'P' || text.charAt(0) == 'p' || text.startsWith("-P"))) {
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw invalid(key, raw, "a duration such as PT10S, 10s, 500ms, 2m or 1h");
            }
        }
        int unitStart = digitsEnd(text);
        if (unitStart == 0) {
            throw invalid(key, raw, "a duration such as 10s, 500ms, 2m, 1h or PT10S");
        }
        long amount = amount(key, raw, text, unitStart);
        String unit = text.substring(unitStart).strip().toLowerCase(Locale.ROOT);
        try {
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m", "min" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> throw invalid(key, raw,
                        "a duration with a unit (ms, s, m, h, d) such as 10s, or ISO-8601 such as PT10S");
            };
        } catch (ArithmeticException e) {
            throw invalid(key, raw, "a duration that fits in a java.time.Duration");
        }
    }

    /** {@code 1024}, {@code 512B}, {@code 64KB}, {@code 5MB}, {@code 1GB} (binary multiples; {@code KiB} etc. too). */
    static long bytes(String key, String raw) {
        String text = raw.strip();
        int unitStart = digitsEnd(text);
        if (unitStart == 0) {
            throw invalid(key, raw, "a size such as 1024, 64KB, 5MB or 1GB");
        }
        long amount = amount(key, raw, text, unitStart);
        String unit = text.substring(unitStart).strip().toUpperCase(Locale.ROOT);
        long multiplier = switch (unit) {
            case "", "B" -> 1L;
            case "K", "KB", "KIB" -> 1L << 10;
            case "M", "MB", "MIB" -> 1L << 20;
            case "G", "GB", "GIB" -> 1L << 30;
            case "T", "TB", "TIB" -> 1L << 40;
            default -> throw invalid(key, raw, "a size with a unit of B, KB, MB, GB or TB such as 5MB");
        };
        try {
            return Math.multiplyExact(amount, multiplier);
        } catch (ArithmeticException e) {
            throw invalid(key, raw, "a size below 8 EB");
        }
    }

    static int integer(String key, String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw invalid(key, raw, "an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
        }
    }

    static long longInteger(String key, String raw) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw invalid(key, raw, "an integer between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
        }
    }

    static boolean bool(String key, String raw) {
        String text = raw.strip();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw invalid(key, raw, "true or false");
    }

    static IllegalArgumentException invalid(String key, String raw, String expected) {
        return new IllegalArgumentException("Configuration '" + key + "' must be " + expected + ", but is '" + raw
                + "' (set it in application.yaml, as -D" + key + "=..., as --" + key + "=... or as environment variable "
                + KilnConfig.environmentName(key) + ")");
    }

    private static int digitsEnd(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static long amount(String key, String raw, String text, int end) {
        try {
            return Long.parseLong(text, 0, end, 10);
        } catch (NumberFormatException e) {
            throw invalid(key, raw, "a number below " + Long.MAX_VALUE);
        }
    }
}
