package dev.kiln.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code per} of {@code @RateLimit}: a positive whole number and one of five units, nothing else. */
class RateLimitWindowsTest {

    @Test
    void everyUnitParses() {
        assertEquals(Optional.of(Duration.ofMillis(500)), RateLimitWindows.parse("500ms"));
        assertEquals(Optional.of(Duration.ofSeconds(1)), RateLimitWindows.parse("1s"));
        assertEquals(Optional.of(Duration.ofMinutes(10)), RateLimitWindows.parse("10m"));
        assertEquals(Optional.of(Duration.ofHours(1)), RateLimitWindows.parse("1h"));
        assertEquals(Optional.of(Duration.ofDays(7)), RateLimitWindows.parse("7d"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "m", "0s", "1 m", " 1m", "1m ", "1M", "1w", "1.5s", "-1s", "PT1M", "1min",
            "1234567890s"})
    void anythingElseIsNotAWindow(String text) {
        assertEquals(Optional.empty(), RateLimitWindows.parse(text));
    }
}
