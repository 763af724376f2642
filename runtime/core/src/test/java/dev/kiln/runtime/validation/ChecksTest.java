package dev.kiln.runtime.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {
    // 2024-06-01 00:30 in Paris is still 2024-05-31 in UTC: dates are the clock zone's.
    private static final Clock PARIS = Clock.fixed(Instant.parse("2024-05-31T22:30:00Z"), ZoneId.of("Europe/Paris"));

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "ada@example.com", "first.last+tag@sub.example.co.uk", "o'neil@example.org",
            "ünïcode@exämple.de", "user@[192.0.2.1]", "user@[IPv6:2001:db8::1]", "x@a-b.c"})
    void wellFormedEmailAddresses(String address) {
        assertTrue(Checks.isEmail(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "@example.com", "ada@", "ada@@example.com", "a b@example.com",
            ".ada@example.com", "ada.@example.com", "a..b@example.com", "ada@example..com", "ada@-example.com",
            "ada@example-.com", "ada@example.com.", "ada@exa_mple.com", "ada@[]", "ada@[not an ip]"})
    void malformedEmailAddresses(String address) {
        assertFalse(Checks.isEmail(address), address);
    }

    @Test
    void emailPartsHaveLengthLimits() {
        assertTrue(Checks.isEmail("a".repeat(64) + "@example.com"));
        assertFalse(Checks.isEmail("a".repeat(65) + "@example.com"));
        assertTrue(Checks.isEmail("a@" + "b".repeat(63) + ".com"));
        assertFalse(Checks.isEmail("a@" + "b".repeat(64) + ".com"));
    }

    @Test
    void blankIsWhiteSpaceOnly() {
        assertTrue(Checks.isBlank(""));
        assertTrue(Checks.isBlank(" \t\n"));
        assertFalse(Checks.isBlank(" x "));
    }

    @Test
    void lengthCountsCodePoints() {
        assertEquals(2, Checks.length("😀😀"));
        assertEquals(3, Checks.length("abc"));
        assertEquals(0, Checks.length(""));
    }

    @Test
    void digitsCountIntegerAndFractionParts() {
        assertTrue(Checks.hasDigits(999, 3, 0));
        assertFalse(Checks.hasDigits(1000, 3, 0));
        assertTrue(Checks.hasDigits(-999, 3, 0));
        assertTrue(Checks.hasDigits(0, 1, 0));
        assertTrue(Checks.hasDigits(Long.MIN_VALUE, 19, 0));
        assertFalse(Checks.hasDigits(Long.MIN_VALUE, 18, 0));
        assertTrue(Checks.hasDigits(new BigDecimal("123.45"), 3, 2));
        assertFalse(Checks.hasDigits(new BigDecimal("123.456"), 3, 2));
        assertTrue(Checks.hasDigits(new BigDecimal("123.450"), 3, 2), "trailing zeros do not count");
        assertTrue(Checks.hasDigits(new BigDecimal("1E+2"), 3, 0));
        assertFalse(Checks.hasDigits(new BigDecimal("1E+3"), 3, 0));
        assertTrue(Checks.hasDigits(new BigDecimal("0.05"), 0, 2));
        assertFalse(Checks.hasDigits(new BigInteger("12345"), 4, 0));
    }

    @Test
    void decimalComparisonsAreExactAndHandleInfinity() {
        assertEquals(0, Checks.compare(0.1, new BigDecimal("0.1")), "0.1 is 0.1, not its binary expansion");
        assertTrue(Checks.compare(Double.POSITIVE_INFINITY, new BigDecimal("1E+400")) > 0);
        assertTrue(Checks.compare(Double.NEGATIVE_INFINITY, new BigDecimal("-1E+400")) < 0);
        assertTrue(Checks.compare(2L, new BigDecimal("1.5")) > 0);
        assertTrue(Checks.compare(BigInteger.ONE, new BigDecimal("1.5")) < 0);
    }

    @Test
    void temporalChecksUseTheClockAndItsZone() {
        Instant now = PARIS.instant();
        assertTrue(Checks.compareToNow(now.minusNanos(1), PARIS) < 0);
        assertFalse(Checks.compareToNow(now, PARIS) < 0);
        assertTrue(Checks.compareToNow(now, PARIS) <= 0);
        assertTrue(Checks.compareToNow(now.plusNanos(1), PARIS) > 0);
        assertFalse(Checks.compareToNow(now, PARIS) > 0);
        assertTrue(Checks.compareToNow(now, PARIS) >= 0);

        LocalDate today = LocalDate.of(2024, 6, 1);
        assertFalse(Checks.compareToNow(today, PARIS) < 0);
        assertTrue(Checks.compareToNow(today.minusDays(1), PARIS) < 0);
        assertTrue(Checks.compareToNow(today, PARIS) <= 0);
        assertFalse(Checks.compareToNow(today, PARIS) > 0);
        assertTrue(Checks.compareToNow(today, PARIS) >= 0);

        LocalDateTime local = LocalDateTime.of(2024, 6, 1, 0, 30);
        assertFalse(Checks.compareToNow(local, PARIS) < 0);
        assertTrue(Checks.compareToNow(local, PARIS) <= 0);
        assertTrue(Checks.compareToNow(local.plusSeconds(1), PARIS) > 0);

        OffsetDateTime sameInstant = OffsetDateTime.parse("2024-05-31T12:30:00-10:00");
        assertTrue(Checks.compareToNow(sameInstant, PARIS) <= 0);
        assertTrue(Checks.compareToNow(sameInstant, PARIS) >= 0);
        assertFalse(Checks.compareToNow(sameInstant, PARIS) < 0);
    }
}
