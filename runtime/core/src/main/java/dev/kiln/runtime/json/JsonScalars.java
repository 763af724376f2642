package dev.kiln.runtime.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonParser.NumberType;
import tools.jackson.core.JsonToken;

/** The parsing behind {@link Json}'s readers. Every error path builds its pointer lazily, from the parser. */
final class JsonScalars {
    /** Longer numeric strings are refused before parsing: BigDecimal/BigInteger parsing is superlinear. */
    static final int MAX_NUMBER_TEXT = 1000;

    private JsonScalars() {}

    static String pointer(JsonParser p) {
        return p.streamReadContext().pathAsPointer().toString();
    }

    static JsonDecodeException mismatch(JsonParser p, String expected) {
        return new JsonDecodeException(pointer(p), "expected " + expected + " but got " + describe(p));
    }

    static JsonDecodeException outOfRange(JsonParser p, String expected) {
        return new JsonDecodeException(pointer(p), "expected " + expected + " but the number is out of range");
    }

    static String describe(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case VALUE_STRING -> "the string " + quote(p.getString());
            case VALUE_NUMBER_INT -> "the integer " + clip(p.getString());
            case VALUE_NUMBER_FLOAT -> "the decimal number " + clip(p.getString());
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> "unexpected JSON";
        };
    }

    static String quote(String text) {
        return '"' + clip(text) + '"';
    }

    static String clip(String text) {
        return text.length() <= 64 ? text : text.substring(0, 61) + "...";
    }

    static int readInt(JsonParser p) {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == NumberType.INT) {
                return p.getIntValue();
            }
            throw outOfRange(p, "an integer (int)");
        }
        throw mismatch(p, "an integer (int)");
    }

    static long readLong(JsonParser p) {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            NumberType type = p.getNumberType();
            if (type == NumberType.INT || type == NumberType.LONG) {
                return p.getLongValue();
            }
            throw outOfRange(p, "an integer (long)");
        }
        throw mismatch(p, "an integer (long)");
    }

    static short readShort(JsonParser p) {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == NumberType.INT) {
                int value = p.getIntValue();
                if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
                    return (short) value;
                }
            }
            throw outOfRange(p, "an integer (short, " + Short.MIN_VALUE + " to " + Short.MAX_VALUE + ")");
        }
        throw mismatch(p, "an integer (short)");
    }

    static byte readByte(JsonParser p) {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == NumberType.INT) {
                int value = p.getIntValue();
                if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
                    return (byte) value;
                }
            }
            throw outOfRange(p, "an integer (byte, " + Byte.MIN_VALUE + " to " + Byte.MAX_VALUE + ")");
        }
        throw mismatch(p, "an integer (byte)");
    }

    static double readDouble(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            double value = p.getDoubleValue();
            if (Double.isInfinite(value)) {
                throw outOfRange(p, "a number (double)");
            }
            return value;
        }
        if (token == JsonToken.VALUE_STRING) {
            // Jackson writes NaN and the infinities as strings; read back what we write.
            switch (p.getString()) {
                case "NaN": return Double.NaN;
                case "Infinity": return Double.POSITIVE_INFINITY;
                case "-Infinity": return Double.NEGATIVE_INFINITY;
                default: break;
            }
        }
        throw mismatch(p, "a number (double)");
    }

    static float readFloat(JsonParser p) {
        double value = readDouble(p);
        float narrowed = (float) value;
        if (Float.isInfinite(narrowed) && !Double.isInfinite(value)) {
            throw outOfRange(p, "a number (float)");
        }
        return narrowed;
    }

    static boolean readBoolean(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw mismatch(p, "true or false");
    }

    static char readChar(JsonParser p) {
        if (p.currentToken() == JsonToken.VALUE_STRING && p.getStringLength() == 1) {
            return p.getString().charAt(0);
        }
        throw mismatch(p, "a string of exactly one character");
    }

    static String readString(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw mismatch(p, "a string");
    }

    static BigDecimal readBigDecimal(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDecimalValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_STRING) {
            // Some clients quote decimals to keep their precision; accept that.
            String text = p.getString();
            if (TextFormats.isDecimal(text) && text.length() <= MAX_NUMBER_TEXT) {
                return new BigDecimal(text);
            }
        }
        throw mismatch(p, "a decimal number");
    }

    static BigInteger readBigInteger(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return p.getBigIntegerValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = p.getString();
            if (TextFormats.isInteger(text) && text.length() <= MAX_NUMBER_TEXT) {
                return new BigInteger(text);
            }
        }
        throw mismatch(p, "an integer");
    }

    static UUID readUuid(JsonParser p) {
        return text(p, "a UUID such as 123e4567-e89b-12d3-a456-426614174000", TextFormats::parseUuid);
    }

    static LocalDate readLocalDate(JsonParser p) {
        return text(p, "an ISO-8601 date such as 2024-01-31", LocalDate::parse);
    }

    static LocalDateTime readLocalDateTime(JsonParser p) {
        return text(p, "an ISO-8601 local date-time such as 2024-01-31T10:15:30", LocalDateTime::parse);
    }

    static OffsetDateTime readOffsetDateTime(JsonParser p) {
        return text(p, "an ISO-8601 date-time with offset such as 2024-01-31T10:15:30+01:00", OffsetDateTime::parse);
    }

    static Instant readInstant(JsonParser p) {
        return text(p, "an ISO-8601 instant such as 2024-01-31T10:15:30Z", TextFormats::parseInstant);
    }

    static Duration readDuration(JsonParser p) {
        return text(p, "an ISO-8601 duration such as PT10S", Duration::parse);
    }

    static byte[] readBytes(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_STRING) {
            try {
                return p.getBinaryValue();
            } catch (JacksonException e) {
                throw new JsonDecodeException(pointer(p), "expected base64-encoded bytes but the string is not valid base64");
            }
        }
        throw mismatch(p, "a base64 string");
    }

    private static <T> T text(JsonParser p, String expected, Function<String, T> parse) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            try {
                return parse.apply(p.getString());
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw mismatch(p, expected);
            }
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw mismatch(p, expected);
    }
}
