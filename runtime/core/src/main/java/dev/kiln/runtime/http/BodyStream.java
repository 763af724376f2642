package dev.kiln.runtime.http;

import io.helidon.common.buffers.DataReader;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body's stream whose framing failures are the client's: Helidon decodes a chunked body while the
 * route reads it, and a chunk size that is not hex, an overflowing one or a chunk without its CRLF surfaces as a
 * {@code NumberFormatException} or {@code IllegalArgumentException} from inside {@code read}. Here they become a
 * 400 problem saying the chunked framing is malformed, instead of reaching the error handlers as a 500.
 * Helidon's own HTTP exceptions (413 for an oversized body) and a client that hung up pass through unchanged.
 */
final class BodyStream extends InputStream {
    private final InputStream in;
    private final boolean chunked;

    private BodyStream(InputStream in, boolean chunked) {
        this.in = in;
        this.chunked = chunked;
    }

    /** The body of {@code req}, read through the guard. */
    static InputStream of(ServerRequest req) {
        return new BodyStream(req.content().inputStream(), req.headers().contains(HeaderNames.TRANSFER_ENCODING));
    }

    @Override
    public int read() throws IOException {
        try {
            return in.read();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return in.read(b, off, len);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private RuntimeException translate(RuntimeException e) {
        // A connection that failed under the body (reset, closed, timed out by ConnectionGuard) is the client gone, not
        // a malformed body: it goes on as it is, to be counted as an abort and to close the connection.
        if (e instanceof io.helidon.http.HttpException || e instanceof io.helidon.http.RequestException
                || e instanceof DataReader.InsufficientDataAvailableException
                || e instanceof io.helidon.webserver.CloseConnectionException
                || e instanceof dev.kiln.runtime.http.HttpException) {
            return e;
        }
        // No cause kept: the client's framing is all there is to say, and the problem names it.
        return HttpException.badRequest(chunked
                ? "The request body's chunked transfer coding is malformed (chunk sizes are hex, each chunk ends"
                        + " with CRLF, the body ends with a zero-size chunk)"
                : "The request body could not be read as framed by its headers");
    }
}
