package dev.kiln.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 exchange over a bare socket, for requests no well-behaved client will send (a malformed
 * percent-escape in the request target). Reads exactly one response, by its {@code Content-Length}.
 *
 * <pre>{@code
 * RawSocket.Response r = RawSocket.get(app.port(), "/scalars/shapes?tag=%ZZ");
 * }</pre>
 */
final class RawSocket {
    private RawSocket() {}

    /** Status, the header block as text, and the body. */
    record Response(int status, String head, String body) {
        /** The value of a header (case-insensitive name), or null. */
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    /** {@code GET target} with the target sent byte for byte as given. */
    static Response get(int port, String target) {
        return exchange(port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    }

    /**
     * Sends only a request head (no body, whatever its headers announce) and reads the answer. A server that
     * refuses a request on its head alone answers without waiting for the body; sending the body too would race
     * the server closing the connection.
     */
    static Response head(int port, String requestHead) {
        return exchange(port, requestHead);
    }

    /**
     * Sends a request head announcing a chunked body, then {@code size} bytes of it in 1 KB chunks, all at once
     * and without the closing chunk. For a body over the server's limit with {@code size} one byte over it:
     * the server reads every byte before it can tell, so it closes with nothing unread, and its answer cannot
     * be lost to a reset (which a client still streaming after the refusal would race).
     */
    static Response chunked(int port, String requestHead, int size) {
        StringBuilder request = new StringBuilder(requestHead);
        int remaining = size;
        while (remaining > 0) {
            int chunk = Math.min(1024, remaining);
            request.append(Integer.toHexString(chunk)).append("\r\n").append("x".repeat(chunk));
            remaining -= chunk;
            if (remaining > 0) {
                request.append("\r\n");
            }
        }
        return exchange(port, request.toString());
    }

    /**
     * Sends {@code request}, closes the sending side and reads until the server closes too: the body is
     * everything after the head, whatever the head announced. For HEAD answers, which announce a length and
     * send nothing.
     */
    static Response untilClosed(int port, String request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            return new Response(Integer.parseInt(head.substring(9, 12)), head,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response exchange(int port, String request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            int status = Integer.parseInt(head.substring(9, 12));
            int length = 0;
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            return new Response(status, head, new String(in.readNBytes(length), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("Connection closed inside the response head: " + head);
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
