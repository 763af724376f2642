package dev.kiln.runtime.http;

import io.helidon.common.uri.UriQuery;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.ServerResponseTrailers;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The response a GET handler writes when it answers a {@code HEAD} request (RFC 9110 §9.3.2): status and
 * headers as for GET, {@code Content-Length} the length the body would have had, and no body. Helidon routes
 * HEAD like any other method and would send the body, so {@link KilnRoutes} registers every GET route for
 * HEAD too, with its handler writing into this.
 */
final class HeadResponse implements ServerResponse {
    private static final byte[] NO_BYTES = new byte[0];

    private final ServerResponse delegate;

    HeadResponse(ServerResponse delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** Sends the head only, declaring {@code length} as the body's length unless the handler declared one. */
    static void sendHead(ServerResponse res, long length) {
        if (!res.headers().contains(HeaderNames.CONTENT_LENGTH)) {
            res.headers().contentLength(length);
        }
        res.send(NO_BYTES);
    }

    @Override
    public ServerResponse status(Status status) {
        delegate.status(status);
        return this;
    }

    @Override
    public Status status() {
        return delegate.status();
    }

    @Override
    public ServerResponse header(Header header) {
        delegate.header(header);
        return this;
    }

    @Override
    public void send() {
        delegate.send();
    }

    @Override
    public void send(byte[] bytes) {
        sendHead(delegate, bytes.length);
    }

    @Override
    public void send(byte[] bytes, int position, int length) {
        sendHead(delegate, length);
    }

    /**
     * Entities other than bytes and text are written by Helidon's media support, whose length only shows once
     * written; Kiln's handlers always send bytes.
     */
    @Override
    public void send(Object entity) {
        if (entity instanceof byte[] bytes) {
            send(bytes);
        } else if (entity instanceof String text) {
            send(text.getBytes(StandardCharsets.UTF_8));
        } else {
            throw new IllegalStateException("A HEAD answer cannot measure a " + entity.getClass().getName()
                    + " entity; send bytes");
        }
    }

    @Override
    public boolean isSent() {
        return delegate.isSent();
    }

    /** Counts what the handler writes and sends only its length, when the stream is closed. */
    @Override
    public OutputStream outputStream() {
        return new ByteArrayOutputStream() {
            private boolean closed;

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    sendHead(delegate, size());
                }
            }
        };
    }

    @Override
    public long bytesWritten() {
        return delegate.bytesWritten();
    }

    @Override
    public ServerResponse beforeSend(Runnable listener) {
        delegate.beforeSend(listener);
        return this;
    }

    @Override
    public ServerResponse whenSent(Runnable listener) {
        delegate.whenSent(listener);
        return this;
    }

    @Override
    public ServerResponse reroute(String newPath) {
        delegate.reroute(newPath);
        return this;
    }

    @Override
    public ServerResponse reroute(String newPath, UriQuery query) {
        delegate.reroute(newPath, query);
        return this;
    }

    @Override
    public ServerResponse next() {
        delegate.next();
        return this;
    }

    @Override
    public ServerResponseHeaders headers() {
        return delegate.headers();
    }

    @Override
    public ServerResponseTrailers trailers() {
        return delegate.trailers();
    }

    @Override
    public void streamResult(String result) {
        delegate.streamResult(result);
    }

    @Override
    public void streamFilter(UnaryOperator<OutputStream> filterFunction) {
        delegate.streamFilter(filterFunction);
    }
}
