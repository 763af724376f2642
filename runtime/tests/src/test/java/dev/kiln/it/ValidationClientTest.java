package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.http.BadRequestException;
import dev.kiln.runtime.http.ProblemError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated {@link ValidationApiClient} against the validating router: valid calls go through, and a
 * 400 comes back as a {@link BadRequestException} whose problem lists every violation, body pointers and
 * parameters alike.
 */
class ValidationClientTest {
    private static KilnHandle app;
    private static ValidationApi client;

    @BeforeAll
    static void start() {
        app = TestServer.start();
        client = ValidationApiClient.create(app.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Form form(String name, int quantity, List<String> tags, Item main) {
        return new Form(name, "r-1", "AB", quantity, 1L, 0, (short) -1, 0L, 0.5, new BigDecimal("12.5"),
                BigInteger.ONE, "EUR", "ada@example.com", LocalDate.now().minusDays(1), Instant.now().minusSeconds(5),
                LocalDate.now().plusDays(1), OffsetDateTime.now().plusHours(1), tags, Map.of("x", 1), new int[] {1},
                Optional.empty(), main, Optional.empty(), List.of(), Map.of());
    }

    @Test
    void aValidFormRoundTrips() {
        Form sent = form("Ada", 3, List.of("a"), new Item("s", 1, Optional.empty()));

        Form received = client.submit(sent);

        assertEquals("Ada", received.name());
        assertEquals(sent.main(), received.main());
    }

    @Test
    void anInvalidFormIsAClientException400ListingEachViolation() {
        Form sent = form(" ", 0, List.of(), new Item("s", 0, Optional.of(new Item("", 1, Optional.empty()))));

        BadRequestException e = assertThrows(BadRequestException.class, () -> client.submit(sent));

        assertEquals(400, e.status());
        assertEquals("Request validation failed: 5 violations", e.problem().detail());
        assertEquals(List.of(
                ProblemError.pointer("/name", "must not be blank"),
                ProblemError.pointer("/quantity", "must be at least 1"),
                ProblemError.pointer("/tags", "must not be empty"),
                ProblemError.pointer("/main/count", "must be at least 1"),
                ProblemError.pointer("/main/child/sku", "must not be blank")), e.problem().errors());
    }

    @Test
    void invalidParametersAreAClientException400NamingEachParameter() {
        BadRequestException e = assertThrows(BadRequestException.class, () ->
                client.params(0, 101, Optional.of("ab"), List.of("ok"), Set.of(), "client", List.of("t")));

        assertEquals(400, e.status());
        assertEquals(List.of(
                ProblemError.parameter("id", "path", "must be greater than 0"),
                ProblemError.parameter("limit", "query", "must be at most 100"),
                ProblemError.parameter("search", "query", "size must be between 3 and 8")), e.problem().errors());
    }

    @Test
    void validParametersReachTheService() {
        assertEquals("5 1 abc [a] [] c [t]",
                client.params(5, 1, Optional.of("abc"), List.of("a"), Set.of(), "c", List.of("t")));
    }

    @Test
    void aListBodyWithAnInvalidElementIsAClientException400WithItsIndex() {
        BadRequestException e = assertThrows(BadRequestException.class, () ->
                client.items(List.of(new Item("a", 1, Optional.empty()), new Item("b", 0, Optional.empty()))));

        assertEquals(List.of(ProblemError.pointer("/1/count", "must be at least 1")), e.problem().errors());
    }
}
