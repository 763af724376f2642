package dev.kiln.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.runtime.http.BadGatewayException;
import io.helidon.http.Method;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A kept-alive connection the server closes without answering the next request on it (as a server does when it
 * stops or times idle connections out): an idempotent call is sent again on a new connection and succeeds; a POST
 * is not sent twice.
 */
class StaleConnectionTest {

    @Test
    void anIdempotentCallOnAConnectionClosedWithoutAnAnswerIsSentAgainOnANewOne() throws Exception {
        try (OneAnswerPerConnection server = new OneAnswerPerConnection()) {
            KilnHttpClient client = KilnHttpClient.create("stale", server.uri());
            assertEquals("ok", client.call(Method.GET, "/a").send().text(200));
            // The pooled connection is reused; the server reads this request and closes without answering.
            assertEquals("ok", client.call(Method.GET, "/b").send().text(200));
            assertEquals(3, server.requests.get(), "the second GET was sent twice: on the old connection, then a new one");
        }
    }

    @Test
    void aPostOnAConnectionClosedWithoutAnAnswerIsNotSentAgain() throws Exception {
        try (OneAnswerPerConnection server = new OneAnswerPerConnection()) {
            KilnHttpClient client = KilnHttpClient.create("stale", server.uri());
            assertEquals("ok", client.call(Method.GET, "/a").send().text(200));
            assertThrows(BadGatewayException.class, () -> client.call(Method.POST, "/b").textBody("x").send());
            assertEquals(2, server.requests.get());
        }
    }

    /** Answers the first request of each connection (keeping it alive), reads the second and closes without answering. */
    private static final class OneAnswerPerConnection implements AutoCloseable {
        final AtomicInteger requests = new AtomicInteger();
        private final ServerSocket socket;
        private final Thread acceptor;

        OneAnswerPerConnection() throws IOException {
            socket = new ServerSocket(0);
            acceptor = Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket connection = socket.accept();
                        Thread.ofVirtual().start(() -> serve(connection));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        private void serve(Socket connection) {
            try (connection) {
                InputStream in = connection.getInputStream();
                OutputStream out = connection.getOutputStream();
                readRequest(in);
                requests.incrementAndGet();
                out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                if (readRequest(in)) {
                    requests.incrementAndGet();
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        /** Reads a request head and any Content-Length body; false at end of stream. */
        private static boolean readRequest(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return false;
                }
                head.write(b);
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    in.readNBytes(Integer.parseInt(line.substring(15).trim()));
                }
            }
            return true;
        }

        @Override
        public void close() throws Exception {
            socket.close();
            acceptor.join(2_000);
        }
    }
}
