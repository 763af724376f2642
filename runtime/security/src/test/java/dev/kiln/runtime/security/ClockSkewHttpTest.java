package dev.kiln.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code exp} and {@code nbf} at the edges of the clock skew, against a fixed clock: valid while
 * {@code now < exp + skew} and from {@code now >= nbf - skew} on.
 */
class ClockSkewHttpTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static TestServer skew30;
    private static TestServer skew0;

    @BeforeAll
    static void start() {
        skew30 = TestServer.start(Map.of("kiln.security.jwt.secret", Tokens.SECRET, "kiln.security.jwt.clock-skew", "30s"), CLOCK);
        skew0 = TestServer.start(Map.of("kiln.security.jwt.secret", Tokens.SECRET, "kiln.security.jwt.clock-skew", "0s"), CLOCK);
    }

    @AfterAll
    static void stop() {
        skew30.close();
        skew0.close();
    }

    private static String expiringAt(long secondsFromNow) {
        return Tokens.hs256(Tokens.SECRET, Tokens.claims("ada", NOW.minusSeconds(3600))
                .expirationTime(Date.from(NOW.plusSeconds(secondsFromNow))).build());
    }

    private static String validFrom(long secondsFromNow) {
        return Tokens.hs256(Tokens.SECRET, Tokens.claims("ada", NOW)
                .notBeforeTime(Date.from(NOW.plusSeconds(secondsFromNow))).build());
    }

    private static void assertAccepted(TestServer server, String token) {
        HttpResponse<String> response = server.http().bearer("/me", token);
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void expiryWithSkew() {
        assertAccepted(skew30, expiringAt(-29));
        Http.assertUnauthorized(skew30.http().bearer("/me", expiringAt(-30)), "The access token has expired");
        Http.assertUnauthorized(skew30.http().bearer("/me", expiringAt(-31)), "The access token has expired");
    }

    @Test
    void notBeforeWithSkew() {
        assertAccepted(skew30, validFrom(30));
        Http.assertUnauthorized(skew30.http().bearer("/me", validFrom(31)), "The access token is not valid yet");
    }

    @Test
    void withoutSkewExpiryIsExclusiveAndNotBeforeInclusive() {
        Http.assertUnauthorized(skew0.http().bearer("/me", expiringAt(0)), "The access token has expired");
        assertAccepted(skew0, expiringAt(1));
        assertAccepted(skew0, validFrom(0));
        Http.assertUnauthorized(skew0.http().bearer("/me", validFrom(1)), "The access token is not valid yet");
    }
}
