package dev.kiln.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests no HTTP client sends: over-long request lines, header floods, malformed request lines and chunking,
 * random bytes. On the default limits: each answered 4xx with a problem (or closed), never a 5xx, never a stack
 * trace, nothing logged as a failure.
 */
class MalformedRequestsTest {
    /** Fuzz inputs are reproducible: a failure names the seed and the case. */
    private static final long SEED = 20261203L;

    @RegisterExtension
    static final AttackedTarget target = new AttackedTarget();

    @Test
    void anOverlongRequestLineIs414() throws IOException {
        Raw.Answer answer = Raw.exchange(target.port(), "GET /items/" + "a".repeat(9_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(414, answer.status(), answer.toString());
        assertTrue(answer.head().contains("application/problem+json"), answer.head());
        Leaks.assertClean(answer, "overlong request line");
    }

    @Test
    void oversizedHeadersAre431() throws IOException {
        Raw.Answer answer = Raw.exchange(target.port(),
                "GET /items/a HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n");
        assertEquals(431, answer.status(), answer.toString());
        assertTrue(answer.body().contains("\"title\":\"Request Header Fields Too Large\""), answer.body());
        Leaks.assertClean(answer, "oversized header");
    }

    @Test
    void aHeaderFloodIs431() throws IOException {
        StringBuilder request = new StringBuilder("GET /items/a HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 150; i++) {
            request.append("X-").append(i).append(": v\r\n");
        }
        Raw.Answer answer = Raw.exchange(target.port(), request.append("\r\n").toString());
        assertEquals(431, answer.status(), answer.toString());
        assertTrue(answer.body().contains("at most 100"), answer.body());
        Leaks.assertClean(answer, "header flood");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GET\r\n\r\n",
            "GET /items/a\r\nHost: x\r\n\r\n",
            "GET /items/a HTTP/9.9\r\nHost: x\r\n\r\n",
            "GET  /items/a HTTP/1.1\r\nHost: x\r\n\r\n",
            "G\u0000T /items/a HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /items/a HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
            "GET /items/a HTTP/1.1\r\nHost: x\r\n: empty name\r\n\r\n",
            "GET /items/a HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
            "GET /items/%zz HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /items/a HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
            "POST /items HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n{}",
            "POST /items HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n",
            "POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
            "POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{}\r\n0\r\n\r\n",
            "POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFF\r\n{}",
    })
    void malformedRequestLinesHeadersAndChunkingAre4xx(String request) throws IOException {
        Raw.Answer answer = Raw.exchange(target.port(), request.getBytes(StandardCharsets.ISO_8859_1), Duration.ofSeconds(15));
        assertTrue(answer.status() == 0 || answer.status() >= 400, () -> request + " -> " + answer);
        Leaks.assertClean(answer, request);
    }

    @Test
    void anUnknownTransferCodingIs501AsTheRfcAsksNotAServerFailure() throws IOException {
        Raw.Answer answer = Raw.exchange(target.port(), "POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n");
        assertEquals(501, answer.status(), answer.toString());
        assertTrue(answer.body().contains("\"status\":501") && answer.body().contains("transfer coding"), answer.body());
        assertTrue(!answer.body().contains("error id"), answer.body());
    }

    @Test
    void randomBytesNeverGetAServerError() throws IOException {
        Random random = new Random(SEED);
        byte[] valid = "POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 15\r\n\r\n{\"name\":\"abc\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < 300; i++) {
            byte[] input;
            if (i % 2 == 0) {
                input = new byte[1 + random.nextInt(2_000)];
                random.nextBytes(input);
            } else {
                // A valid request with a few bytes flipped: gets past the first checks more often than noise does.
                input = valid.clone();
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                    input[random.nextInt(input.length)] = (byte) random.nextInt(256);
                }
            }
            Raw.Answer answer = Raw.exchange(target.port(), input, Duration.ofSeconds(15));
            Leaks.assertClean(answer, "random input " + i + " of seed " + SEED);
        }
        Raw.Answer normal = Raw.exchange(target.port(), "GET /items/fine HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals(200, normal.status(), "the service still answers: " + normal);
    }
}
