package dev.kiln.runtime.client;

import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.Problem;
import io.helidon.common.buffers.DataReader;
import io.helidon.http.ClientResponseHeaders;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webclient.api.HttpClientRequest;
import io.helidon.webclient.api.HttpClientResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;

/**
 * Runs one request and reads the whole answer; turns transport failures into a
 * {@link dev.kiln.runtime.http.ServiceUnavailableException} (unreachable), a
 * {@link dev.kiln.runtime.http.GatewayTimeoutException} (too slow) or a
 * {@link dev.kiln.runtime.http.BadGatewayException} (connection closed before a whole answer came).
 */
final class Exchange {
    private static final byte[] EMPTY = new byte[0];

    private Exchange() {}

    static ClientResponse run(KilnHttpClient client, Method method, String path, HttpClientRequest request, byte[] body) {
        try (HttpClientResponse response = body == null ? request.request() : request.submit(body)) {
            int status = response.status().code();
            ClientResponseHeaders headers = response.headers();
            byte[] bytes = response.entity().hasEntity() ? read(response, headers) : EMPTY;
            // The content type is parsed only when a failure's problem or a text body needs it.
            return new ClientResponse(client, method, path, status, headers, bytes);
        } catch (IOException e) {
            throw unreachable(client, method, path, e);
        } catch (RuntimeException e) {
            Throwable transport = transportCause(e);
            if (transport == null) {
                throw e;
            }
            throw unreachable(client, method, path, transport);
        }
    }

    /**
     * The whole body. With a {@code Content-Length}, exactly that many bytes in one array: {@code readAllBytes}
     * would allocate a 16 KB buffer per call and copy out of it, which for the usual small JSON answer costs more
     * than the decoding.
     */
    private static byte[] read(HttpClientResponse response, ClientResponseHeaders headers) throws IOException {
        if (headers.contains(HeaderNames.CONTENT_LENGTH)) {
            long length = headers.contentLength().orElse(-1);
            if (length >= 0 && length <= Integer.MAX_VALUE - 8) {
                InputStream in = response.inputStream();
                byte[] bytes = in.readNBytes((int) length);
                if (bytes.length < length) {
                    throw new DataReader.InsufficientDataAvailableException();
                }
                // Read to the end (-1 at once: Helidon's entity stream stops at the length): only an entity read to
                // its end lets the connection go back to the pool.
                if (in.read() >= 0) {
                    throw new IllegalStateException("The answer's body is longer than its Content-Length");
                }
                return bytes;
            }
        }
        return response.inputStream().readAllBytes();
    }

    /** The I/O, timeout or cut-short failure behind a Helidon exception, or null when it is something else. */
    private static Throwable transportCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof TimeoutException
                    || t instanceof DataReader.InsufficientDataAvailableException) {
                return t;
            }
            if (t instanceof UncheckedIOException u) {
                return u.getCause();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static HttpException unreachable(KilnHttpClient client, Method method, String path, Throwable cause) {
        boolean timeout = cause instanceof SocketTimeoutException || cause instanceof TimeoutException
                || cause instanceof InterruptedIOException;
        String call = method.text() + " " + client.base() + path;
        if (cause instanceof DataReader.InsufficientDataAvailableException) {
            return HttpException.fromService(client.service(), Problem.of(502,
                    "Service '" + client.service() + "' closed the connection without a complete answer to " + call),
                    cause);
        }
        if (timeout) {
            return HttpException.fromService(client.service(), Problem.of(504,
                    "Service '" + client.service() + "' did not answer " + call + " in time"), cause);
        }
        return HttpException.fromService(client.service(), Problem.of(503,
                "Service '" + client.service() + "' could not be reached at " + client.baseUri() + " (" + call + "): "
                        + describe(cause)), cause);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
