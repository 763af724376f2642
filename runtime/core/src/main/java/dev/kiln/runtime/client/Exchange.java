package dev.kiln.runtime.client;

import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.Problem;
import io.helidon.common.buffers.DataReader;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Method;
import io.helidon.webclient.api.HttpClientRequest;
import io.helidon.webclient.api.HttpClientResponse;
import java.io.IOException;
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
            String contentType = response.headers().contentType().map(HttpMediaType::text).orElse(null);
            byte[] bytes = response.entity().hasEntity() ? response.inputStream().readAllBytes() : EMPTY;
            return new ClientResponse(client, method, path, status, contentType, response.headers(), bytes);
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
