package dev.kiln.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/** HTTP/1.1 on a plain socket: what a hostile or broken client sends, byte for byte, and what it gets back. */
final class Raw {
    private Raw() {}

    /** What came back: the status (0 when none), the head and body as text, and whether the server closed. */
    record Answer(int status, String head, String body, boolean closed) {
        @Override
        public String toString() {
            return status + " " + head.lines().findFirst().orElse("") + " " + body;
        }
    }

    static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(10_000);
        return socket;
    }

    /**
     * Sends {@code request} on a new connection, closes its sending side, and reads one answer (or the close), waiting
     * at most {@code wait}.
     */
    static Answer exchange(int port, byte[] request, Duration wait) throws IOException {
        try (Socket socket = connect(port)) {
            socket.setSoTimeout((int) wait.toMillis());
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
                // All it will send: a request left incomplete ends here rather than at the server's header timeout.
                socket.shutdownOutput();
            } catch (IOException e) {
                // The server may close before reading everything (an over-limit request): its answer may be there.
            }
            return read(socket.getInputStream());
        }
    }

    static Answer exchange(int port, String request) throws IOException {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1), Duration.ofSeconds(10));
    }

    /** Reads one answer: head, then a Content-Length or chunked body; status 0 if the connection closed first. */
    static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            int last = 0;
            while (last != 0x0d0a0d0a) {
                int b = in.read();
                if (b < 0) {
                    return new Answer(status(head), head.toString(StandardCharsets.ISO_8859_1), "", true);
                }
                head.write(b);
                last = last << 8 | b;
            }
        } catch (SocketTimeoutException e) {
            return new Answer(status(head), head.toString(StandardCharsets.ISO_8859_1), "", false);
        } catch (IOException e) {
            // Reset by the server: as good as closed.
            return new Answer(status(head), head.toString(StandardCharsets.ISO_8859_1), "", true);
        }
        String headText = head.toString(StandardCharsets.ISO_8859_1);
        String lower = headText.toLowerCase(Locale.ROOT);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int length = contentLength(lower);
        try {
            if (length >= 0) {
                body.write(in.readNBytes(length));
            } else if (lower.contains("transfer-encoding: chunked")) {
                readChunked(in, body);
            }
        } catch (IOException e) {
            // What arrived is what the test looks at.
        }
        boolean close = lower.contains("connection: close");
        return new Answer(status(head), headText, body.toString(StandardCharsets.UTF_8), close);
    }

    /** Whether the server closes {@code socket} (EOF or reset) within its read timeout. */
    static boolean closedByServer(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // Drain whatever answer precedes the close.
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static int contentLength(String lowerHead) {
        int at = lowerHead.indexOf("content-length:");
        if (at < 0) {
            return -1;
        }
        int end = lowerHead.indexOf('\r', at);
        return Integer.parseInt(lowerHead.substring(at + "content-length:".length(), end).strip());
    }

    private static void readChunked(InputStream in, ByteArrayOutputStream body) throws IOException {
        while (true) {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            int size = Integer.parseInt(line.toString().strip(), 16);
            if (size == 0) {
                in.readNBytes(2);
                return;
            }
            body.write(in.readNBytes(size));
            in.readNBytes(2);
        }
    }

    private static int status(ByteArrayOutputStream head) {
        String text = head.toString(StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
            return 0;
        }
        return Integer.parseInt(text.substring(9, 12));
    }
}
