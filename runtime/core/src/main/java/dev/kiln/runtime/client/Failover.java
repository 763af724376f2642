package dev.kiln.runtime.client;

import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.Problem;
import io.helidon.http.Method;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a call of a discovered client: to the instance the balancer picks, and again to another instance
 * when that is safe and useful.
 *
 * <ul>
 *   <li>Idempotent calls ({@code GET}, {@code HEAD}, {@code PUT}, {@code DELETE}, or
 *       {@link ClientCall#idempotent()}) are retried when the instance cannot be reached, the connection breaks
 *       before a whole answer came, or the answer is 502, 503 or 504.</li>
 *   <li>Any call is retried when the connection was refused: nothing was sent, so nothing can happen twice.</li>
 *   <li>A read timeout is not retried: the call has already used its time, and the instance may still act on it.</li>
 *   <li>Never the same instance twice in one call; at most {@code retries} more attempts; and only while the
 *       {@link RetryBudget} allows. The last answer or failure is what the caller gets.</li>
 * </ul>
 */
final class Failover {
    private Failover() {}

    static ClientResponse send(ClientCall call, DiscoveredEndpoints endpoints, RetryBudget budget) {
        Endpoint endpoint = endpoints.pick();
        if (endpoint == null) {
            throw noInstance(endpoints);
        }
        boolean idempotent = call.isIdempotent() || isIdempotent(call.method());
        List<Endpoint> tried = null;
        while (true) {
            ClientResponse response = null;
            HttpException failure = null;
            endpoint.begin();
            try {
                response = call.sendTo(endpoint.client, tried == null ? 0 : tried.size());
            } catch (HttpException e) {
                failure = e;
            } finally {
                endpoint.end();
            }
            boolean retryable;
            if (response != null) {
                endpoints.succeeded(endpoint);
                if (!idempotent || !isRetryableStatus(response.status())) {
                    budget.succeeded();
                    return response;
                }
                retryable = true;
            } else {
                Throwable cause = failure.getCause();
                boolean timeout = failure.status() == 504;
                if (!timeout && cause != null) {
                    endpoints.connectionFailed(endpoint);
                }
                retryable = cause != null && (notSent(cause) || (idempotent && !timeout));
            }
            int attempts = tried == null ? 1 : tried.size() + 1;
            if (!retryable || attempts > endpoints.settings().retries() || !budget.failedMayRetry()) {
                return answer(response, failure);
            }
            if (tried == null) {
                tried = new ArrayList<>(endpoints.settings().retries() + 1);
            }
            tried.add(endpoint);
            Endpoint other = endpoints.pickOther(tried);
            if (other == null) {
                return answer(response, failure);
            }
            endpoint = other;
        }
    }

    private static ClientResponse answer(ClientResponse response, HttpException failure) {
        if (response != null) {
            return response;
        }
        throw failure;
    }

    static boolean isIdempotent(Method method) {
        return method.equals(Method.GET) || method.equals(Method.HEAD) || method.equals(Method.PUT)
                || method.equals(Method.DELETE);
    }

    private static boolean isRetryableStatus(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    /** Whether the failure happened while connecting, before any byte of the request left. */
    static boolean notSent(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static HttpException noInstance(DiscoveredEndpoints endpoints) {
        String service = endpoints.service();
        return HttpException.fromService(service, Problem.of(503, "Service '" + service
                + "' has no UP instance in the registry (" + endpoints.registry().getClass().getSimpleName()
                + "); none is running or ready, or kiln.clients." + service + ".uri is not set"), null);
    }
}
