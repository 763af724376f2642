package dev.kiln.runtime.testapp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Bodies over the server's limit, sent over a bare socket so that the test does not race the server.
 *
 * <p>A client that goes on sending after the server has refused the body races the server closing the
 * connection: bytes the server never read make its close a reset, which can destroy the answer before the
 * client reads it ("header parser received no bytes"). So a body refused on its declared length is not sent at
 * all, and a chunked one is written at once and ends at the first byte over the limit (no closing chunk): the
 * server must read every byte to find out, and closes with nothing unread.
 */
public final class OverLimitBodies {
    private OverLimitBodies() {}

    /** The raw answer (head and body) to {@code PUT path} declaring {@code limit + 1} bytes and sending none. */
    public static String putDeclared(int port, String path, String contentType, int limit, String... headers) {
        return exchange(port, head(path, contentType, "Content-Length: " + (limit + 1), headers));
    }

    /** The raw answer (head and body) to {@code PUT path} sending {@code limit + 1} bytes in 1 KB chunks. */
    public static String putChunked(int port, String path, String contentType, int limit, String... headers) {
        StringBuilder body = new StringBuilder();
        int remaining = limit + 1;
        while (remaining > 0) {
            int size = Math.min(1024, remaining);
            body.append(Integer.toHexString(size)).append("\r\n").append("x".repeat(size));
            remaining -= size;
            if (remaining > 0) {
                body.append("\r\n");
            }
        }
        return exchange(port, head(path, contentType, "Transfer-Encoding: chunked", headers) + body);
    }

    private static String head(String path, String contentType, String framing, String... headers) {
        StringBuilder head = new StringBuilder("PUT " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: " + contentType + "\r\n" + framing + "\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    private static String exchange(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return readAnswer(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("Connection closed inside the answer's head: " + head);
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int length = Integer.parseInt(text.replaceAll("(?s).*\r\n[Cc]ontent-[Ll]ength: (\\d+)\r\n.*", "$1"));
        return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
