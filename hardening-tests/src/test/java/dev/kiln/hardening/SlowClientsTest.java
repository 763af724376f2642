package dev.kiln.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.http.ClientAborts;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients that hold the server's connections: half a request and then nothing (slowloris), a body sent too slowly,
 * idle keep-alive connections, more connections than the server takes. Short limits, so that the test is quick.
 */
class SlowClientsTest {
    private static Target target;

    @BeforeAll
    static void start() {
        target = Target.start(Map.of(
                "server.header-timeout", "1s",
                "server.body-read-timeout", "1s",
                "server.idle-timeout", "2s"));
    }

    @AfterAll
    static void stop() {
        target.close();
    }

    @Test
    void slowlorisConnectionsAreAnswered408AndClosedWhileOthersAreServed() throws Exception {
        long abortedBefore = ClientAborts.total();
        List<Socket> slow = new ArrayList<>();
        try (LogRecords log = new LogRecords()) {
            for (int i = 0; i < 200; i++) {
                Socket socket = Raw.connect(target.port());
                socket.setSoTimeout(8_000);
                OutputStream out = socket.getOutputStream();
                out.write(("GET /items/a HTTP/1.1\r\nHost: localhost\r\nX-Slow-" + i + ": ")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }
            Raw.Answer normal = Raw.exchange(target.port(), "GET /items/fine HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertEquals(200, normal.status(), normal.toString());
            for (Socket socket : slow) {
                Raw.Answer answer = Raw.read(socket.getInputStream());
                assertEquals(408, answer.status(), answer.toString());
                assertTrue(answer.body().contains("\"status\":408"), answer.body());
                assertTrue(Raw.closedByServer(socket), "closed after its 408");
                socket.close();
            }
            assertTrue(Poll.until(Duration.ofSeconds(5), () -> ClientAborts.total() - abortedBefore >= 200),
                    () -> "counted as aborted: " + (ClientAborts.total() - abortedBefore));
            assertEquals(List.of(), log.atLeast(Level.WARNING), log.describe());
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aBodySentTooSlowlyIsAnswered408() throws IOException {
        try (Socket socket = Raw.connect(target.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n"
                    + "{\"name\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Raw.Answer answer = Raw.read(socket.getInputStream());
            assertEquals(408, answer.status(), answer.toString());
            Leaks.assertClean(answer, "slow body");
        }
    }

    @Test
    void anIdleKeepAliveConnectionIsClosed() throws IOException {
        try (Socket socket = Raw.connect(target.port())) {
            socket.getOutputStream().write("GET /items/a HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            Raw.Answer answer = Raw.read(socket.getInputStream());
            assertEquals(200, answer.status(), answer.toString());
            // Idle timeout 2s, checked each second (Helidon's timestamps have a one-second grain): well within 8s.
            socket.setSoTimeout(8_000);
            assertTrue(Raw.closedByServer(socket), "an idle connection is closed");
        }
    }

    @Test
    void aConnectionBeyondTheLimitIsRefusedWith503() throws Exception {
        try (Target small = Target.start(Map.of("server.max-connections", "3"))) {
            List<Socket> held = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    Socket socket = Raw.connect(small.port());
                    socket.getOutputStream().write("GET /items/a HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    assertEquals(200, Raw.read(socket.getInputStream()).status());
                    held.add(socket);
                }
                Raw.Answer refused = Raw.exchange(small.port(), "GET /items/a HTTP/1.1\r\nHost: x\r\n\r\n");
                assertEquals(503, refused.status(), refused.toString());
                assertTrue(refused.head().contains("Retry-After: 1"), refused.head());
                held.removeFirst().close();
                assertTrue(Poll.until(Duration.ofSeconds(5), () -> {
                    try {
                        return Raw.exchange(small.port(), "GET /items/a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                                .status() == 200;
                    } catch (IOException e) {
                        return false;
                    }
                }), "a place freed is taken again");
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
    }
}
