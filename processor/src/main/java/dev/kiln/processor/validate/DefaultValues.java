package dev.kiln.processor.validate;

import dev.kiln.codegen.model.ScalarKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a {@code @DefaultValue} the way the runtime will read it, so that a default that could never be
 * converted is a compile error rather than a 400 on every request without the parameter.
 */
final class DefaultValues {
    private DefaultValues() {}

    /** Why {@code text} is not a valid {@code kind}, with an example of one that is; empty when it is valid. */
    static Optional<String> problem(ScalarKind kind, String text, List<String> enumConstants) {
        try {
            switch (kind) {
                case BOOLEAN -> {
                    String lower = text.toLowerCase(Locale.ROOT);
                    if (!lower.equals("true") && !lower.equals("false")) {
                        return Optional.of("write true or false");
                    }
                }
                case BYTE -> Byte.parseByte(text);
                case SHORT -> Short.parseShort(text);
                case INT -> Integer.parseInt(text);
                case LONG -> Long.parseLong(text);
                case FLOAT -> Float.parseFloat(text);
                case DOUBLE -> Double.parseDouble(text);
                case CHAR -> {
                    if (text.length() != 1) {
                        return Optional.of("write exactly one character");
                    }
                }
                case STRING -> { }
                case ENUM -> {
                    if (!enumConstants.contains(text)) {
                        return Optional.of("write one of " + String.join(", ", enumConstants));
                    }
                }
                case UUID -> UUID.fromString(text);
                case BIG_DECIMAL -> new BigDecimal(text);
                case BIG_INTEGER -> new BigInteger(text);
                case LOCAL_DATE -> LocalDate.parse(text);
                case LOCAL_DATE_TIME -> LocalDateTime.parse(text);
                case OFFSET_DATE_TIME -> OffsetDateTime.parse(text);
                case INSTANT -> Instant.parse(text);
                case DURATION -> Duration.parse(text);
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("write it as it would appear in the request, e.g. \"" + example(kind) + "\"");
        }
    }

    private static String example(ScalarKind kind) {
        return switch (kind) {
            case BOOLEAN -> "true";
            case BYTE, SHORT, INT, LONG -> "20";
            case FLOAT, DOUBLE, BIG_DECIMAL -> "1.5";
            case BIG_INTEGER -> "12345678901234567890";
            case CHAR -> "x";
            case STRING, ENUM -> "value";
            case UUID -> "3f2b8c1e-8f4a-4c6e-9d3a-2b1c0d9e8f7a";
            case LOCAL_DATE -> "2024-01-31";
            case LOCAL_DATE_TIME -> "2024-01-31T10:15:30";
            case OFFSET_DATE_TIME -> "2024-01-31T10:15:30+01:00";
            case INSTANT -> "2024-01-31T10:15:30Z";
            case DURATION -> "PT30S";
        };
    }
}
