package dev.kiln.runtime.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.lifecycle.Supervision;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Supervision supervision = new Supervision(5, Duration.ofMinutes(1), Duration.ofMillis(200),
            Duration.ofSeconds(10));

    @Test
    void doublesPerAttemptUpToTheCapBeforeJitter() {
        // random 0.5 → factor 0.75 of the raw schedule 200ms, 400ms, … 6.4s, then the 10s cap
        assertEquals(Duration.ofMillis(150), Backoff.delay(supervision, 1, 0.5));
        assertEquals(Duration.ofMillis(300), Backoff.delay(supervision, 2, 0.5));
        assertEquals(Duration.ofMillis(2400), Backoff.delay(supervision, 5, 0.5));
        assertEquals(Duration.ofMillis(4800), Backoff.delay(supervision, 6, 0.5));
        assertEquals(Duration.ofMillis(7500), Backoff.delay(supervision, 7, 0.5));
        assertEquals(Duration.ofMillis(7500), Backoff.delay(supervision, 500, 0.5));
    }

    @Test
    void jitterScalesIntoHalfToWhole() {
        assertEquals(Duration.ofMillis(100), Backoff.delay(supervision, 1, 0.0));
        assertEquals(Duration.ofMillis(150), Backoff.delay(supervision, 1, 0.5));
        assertEquals(Duration.ofSeconds(5), Backoff.delay(supervision, 9, 0.0));
        for (int i = 0; i < 1000; i++) {
            Duration d = Backoff.delay(supervision, 3, Math.random());
            assertTrue(d.toMillis() >= 400 && d.toMillis() < 800, d.toString());
        }
    }

    @Test
    void zeroBackoffIsNoWait() {
        Supervision none = new Supervision(1, Duration.ofMinutes(1), Duration.ZERO, Duration.ZERO);
        assertEquals(Duration.ZERO, Backoff.delay(none, 3, 0.7));
    }
}
