package dev.kiln.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextFormats#parseInstant} answers exactly what {@link Instant#parse} answers, failures included, and
 * {@link TextFormats#formatInstant} writes exactly what {@link Instant#toString} does.
 */
class TextFormatsInstantTest {

    @Test
    void formatsLikeTheJdk() {
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.ofEpochSecond(-1),
                Instant.ofEpochSecond(-1, 999_999_999), Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("2024-02-29T12:00:00.5Z"),
                Instant.parse("2024-01-31T10:15:30.000001Z"), Instant.parse("2024-01-31T10:15:30.010Z")));
        Random random = new Random(20261126);
        int[] fractions = {0, 1_000_000, 1_000, 1};
        for (int i = 0; i < 5_000; i++) {
            int unit = fractions[random.nextInt(fractions.length)];
            int nanos = unit == 0 ? 0 : random.nextInt(1_000_000_000 / unit) * unit;
            instants.add(Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L), nanos));
        }
        char[] buffer = new char[TextFormats.INSTANT_MAX_LENGTH];
        for (Instant instant : instants) {
            int length = TextFormats.formatInstant(instant, buffer);
            assertEquals(instant.toString(), new String(buffer, 0, length));
        }
        // Outside years 0 to 9999 the caller falls back to toString().
        assertEquals(-1, TextFormats.formatInstant(Instant.parse("-0001-12-31T23:59:59Z"), buffer));
        assertEquals(-1, TextFormats.formatInstant(Instant.parse("+10000-01-01T00:00:00Z"), buffer));
        assertEquals(-1, TextFormats.formatInstant(Instant.MAX, buffer));
    }

    @Test
    void agreesWithTheJdkOnEveryShapeOfInput() {
        List<String> inputs = new ArrayList<>(List.of(
                "2024-01-31T10:15:30Z", "2024-01-31T10:15:30.5Z", "2024-01-31T10:15:30.123456789Z",
                "2024-01-31T10:15:30.1234567890Z", "2024-01-31T10:15:30.Z", "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.9Z",
                "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2024-04-31T00:00:00Z", "2024-13-01T00:00:00Z",
                "2024-00-10T00:00:00Z", "2024-01-00T00:00:00Z", "2024-01-31T24:00:00Z", "2024-01-31T23:60:00Z",
                "2024-01-31T23:59:60Z", "2024-01-31t10:15:30z", "2024-01-31T10:15:30+01:00",
                "2024-01-31T10:15:30-00:30", "+12024-01-31T10:15:30Z", "-0001-01-01T00:00:00Z",
                "2024-01-31T10:15Z", "2024-01-31 10:15:30Z", "2024-1-31T10:15:30Z", "2024-01-31T10:15:30",
                "2024-01-31T10:15:30ZZ", "2024-01-31T10:15:30,5Z", "2024-01-31T1O:15:30Z", "2024-01-31T10:15:3\u0661Z",
                " 2024-01-31T10:15:30Z", "", "Z"));
        Random random = new Random(20261126);
        for (int i = 0; i < 2_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_799L),
                    random.nextInt(1_000_000_000));
            String text = instant.toString();
            inputs.add(text);
            // One character replaced: a digit, a separator or a letter, anywhere.
            char[] chars = text.toCharArray();
            chars[random.nextInt(chars.length)] = "0123456789:-T.Z+z /"
                    .charAt(random.nextInt(19));
            inputs.add(new String(chars));
        }
        for (String input : inputs) {
            assertEquals(jdk(input), ours(input), input);
        }
    }

    private static String jdk(String text) {
        try {
            return Instant.parse(text).toString();
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    private static String ours(String text) {
        try {
            return TextFormats.parseInstant(text).toString();
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }
}
