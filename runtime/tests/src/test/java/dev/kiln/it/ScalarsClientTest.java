package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.http.BadRequestException;
import dev.kiln.runtime.http.NotFoundException;
import dev.kiln.runtime.http.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route of {@link ScalarsApi} through the generated {@link ScalarsApiClient}: the client's text forms
 * of each scalar are what the router parses, so values at the edges of their ranges come back equal.
 */
class ScalarsClientTest {
    private static final UUID ID = UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479");

    private static KilnHandle app;
    private static ScalarsApi scalars;

    @BeforeAll
    static void start() {
        app = TestServer.start();
        scalars = ScalarsApiClient.create(app.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Extremes of every kind, with text that needs percent-encoding everywhere but in headers. */
    private static Scalars edges(String str, char c) {
        return new Scalars(true, Byte.MIN_VALUE, Short.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE,
                Float.NaN, Double.NEGATIVE_INFINITY, c, str, Color.GREEN, ID,
                new BigDecimal("-1234567890.123456789012345678901234567890"), BigInteger.TWO.pow(100).negate(),
                LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 12, 31, 23, 59, 59, 999_999_999),
                OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 5_000_000, ZoneOffset.ofHoursMinutes(-3, -30)),
                Instant.parse("1969-12-31T23:59:59.000000001Z"), Duration.ofMillis(-1500));
    }

    private static Scalars ordinary(String str, char c) {
        return new Scalars(false, (byte) 7, (short) -7, 0, -1L, 1.0E10f, Double.MIN_VALUE, c, str, Color.BLUE,
                new UUID(0, 0), new BigDecimal("0.00"), BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE),
                LocalDate.of(1, 1, 1), LocalDateTime.of(1970, 1, 1, 0, 0), OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0,
                ZoneOffset.MAX), Instant.EPOCH, Duration.ofDays(400).plusNanos(1));
    }

    @Test
    void pathRoundTripsEveryScalar() {
        for (Scalars sent : List.of(edges("héllo w+o&r?ld%=;€😀 ", 'é'), ordinary("dot.ted", '%'))) {
            assertEquals(sent, call(sent, Source.PATH));
        }
    }

    @Test
    void queryRoundTripsEveryScalar() {
        for (Scalars sent : List.of(edges("a+b&c=d#e ü😀%", '&'), ordinary("", '+'))) {
            assertEquals(sent, call(sent, Source.QUERY));
        }
    }

    @Test
    void headersRoundTripEveryAsciiScalar() {
        for (Scalars sent : List.of(edges("plain, with comma; and = signs", '~'), ordinary("x", '!'))) {
            assertEquals(sent, call(sent, Source.HEADER));
        }
    }

    @Test
    void listHeaderMembersArriveAsSentEvenWithCommasQuotesAndSpaces() {
        List<String> sent = List.of("plain", "a, b", "say \"hi\"", " padded ", "", "back\\slash", "x,y,z");

        assertEquals(sent, scalars.labels(sent));
        assertEquals(List.of(), scalars.labels(List.of()));
    }

    /** Helidon writes header values as US-ASCII ('é' would arrive as '?'): the client refuses instead. */
    @Test
    void aNonAsciiHeaderValueIsRefusedBeforeSending() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> call(ordinary("héllo", 'é'), Source.HEADER));
        assertTrue(refused.getMessage().contains("cannot carry the character U+00E9"), refused.getMessage());
    }

    @Test
    void boxedRoundTripsWhenEveryValueIsPresent() {
        Boxed received = scalars.boxed(Boolean.FALSE, Byte.MAX_VALUE, Short.MIN_VALUE, -1, Long.MIN_VALUE,
                -Float.MAX_VALUE, Double.MAX_VALUE, 'ß');

        assertEquals(new Boxed(false, Byte.MAX_VALUE, Short.MIN_VALUE, -1, Long.MIN_VALUE, -Float.MAX_VALUE,
                Double.MAX_VALUE, 'ß'), received);
    }

    /** The client leaves a null boxed value out, and the router requires it: a 400, not a null. */
    @Test
    void boxedNullIsABadRequestExceptionNamingTheParameter() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> scalars.boxed(true, null, (short) 1, 1, 1L, 1f, 1d, 'c'));

        assertEquals(400, e.status());
        assertEquals(Optional.of("scalars"), e.service());
        assertEquals("Query parameter 'by' is required", e.problem().detail());
        assertEquals("by", e.problem().errors().getFirst().parameter());
    }

    @Test
    void shapesRoundTripPresentValues() {
        Shapes sent = new Shapes(Optional.of(-3), 2, Color.BLUE, List.of("b", "a", "b", "€ x", ""),
                Set.of(5L), Optional.of(LocalDate.of(2024, 2, 29)), Optional.of(ID), List.of(true, false, true),
                "slow mode");

        assertEquals(sent, scalars.shapes(sent.maybe(), sent.page(), sent.tint(), sent.tags(), sent.ids(),
                sent.since(), sent.trace(), sent.flags(), sent.mode()));
    }

    @Test
    void shapesFallBackToDefaultsForValuesTheClientLeavesOut() {
        Shapes received = scalars.shapes(Optional.empty(), 0, null, List.of(), Set.of(), Optional.empty(),
                Optional.empty(), List.of(), null);

        assertEquals(new Shapes(Optional.empty(), 0, Color.GREEN, List.of(), Set.of(), Optional.empty(),
                Optional.empty(), List.of(), "fast"), received);
    }

    @Test
    void aSetKeepsItsIterationOrderOnTheWire() {
        Set<Long> ids = new java.util.LinkedHashSet<>(List.of(9L, -1L, 5L, Long.MAX_VALUE));

        Shapes received = scalars.shapes(Optional.empty(), 1, Color.RED, List.of(), ids, Optional.empty(),
                Optional.empty(), List.of(), "m");

        assertEquals(List.of(9L, -1L, 5L, Long.MAX_VALUE), List.copyOf(received.ids()));
    }

    /** Documented limit: a path parameter cannot carry '/', even percent-encoded; the server finds no route. */
    @Test
    void aSlashInAPathStringIsANotFoundExceptionNoRoute() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> call(ordinary("a/b", 'x'), Source.PATH));

        assertEquals(404, e.status());
        assertEquals(Problem.NO_ROUTE, e.problem().type());
    }

    private enum Source { PATH, QUERY, HEADER }

    private static Scalars call(Scalars s, Source source) {
        return switch (source) {
            case PATH -> scalars.path(s.b(), s.by(), s.s(), s.i(), s.l(), s.f(), s.d(), s.c(), s.str(), s.color(),
                    s.uuid(), s.dec(), s.big(), s.date(), s.dateTime(), s.offset(), s.instant(), s.duration());
            case QUERY -> scalars.query(s.b(), s.by(), s.s(), s.i(), s.l(), s.f(), s.d(), s.c(), s.str(), s.color(),
                    s.uuid(), s.dec(), s.big(), s.date(), s.dateTime(), s.offset(), s.instant(), s.duration());
            case HEADER -> scalars.headers(s.b(), s.by(), s.s(), s.i(), s.l(), s.f(), s.d(), s.c(), s.str(),
                    s.color(), s.uuid(), s.dec(), s.big(), s.date(), s.dateTime(), s.offset(), s.instant(),
                    s.duration());
        };
    }
}
