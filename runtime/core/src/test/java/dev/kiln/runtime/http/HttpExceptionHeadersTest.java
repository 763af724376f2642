package dev.kiln.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.helidon.http.HeaderNames;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a problem's headers read as: names and values as text, not Helidon's header objects. */
class HttpExceptionHeadersTest {

    @Test
    void theHeadersReadAsNamesAndValues() {
        HttpException e = new TooManyRequestsException("Slow down")
                .withHeader(HeaderNames.RETRY_AFTER, "12")
                .withHeader("RateLimit-Limit", "100")
                .withHeader("Vary", "Accept")
                .withHeader("Vary", "Origin");

        assertEquals(Map.of("Retry-After", "12", "RateLimit-Limit", "100", "Vary", "Accept, Origin"), e.headerValues());
        assertEquals("{Retry-After=12, RateLimit-Limit=100, Vary=Accept, Origin}", e.headerValues().toString());
        assertEquals(Optional.of("12"), e.header("retry-after"));
        assertEquals(Optional.empty(), e.header("X-Missing"));
    }
}
