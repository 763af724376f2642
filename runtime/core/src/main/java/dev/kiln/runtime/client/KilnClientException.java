package dev.kiln.runtime.client;

import dev.kiln.runtime.http.Problem;
import java.util.Objects;

/**
 * A typed-client call that did not succeed: the service answered outside 2xx, answered with a body
 * that does not fit, or could not be reached (503) or did not answer in time (504). {@link #problem()}
 * is the service's problem document, or one synthesised from whatever it sent.
 *
 * <pre>{@code
 * try {
 *     catalog.get(sku);
 * } catch (KilnClientException e) {
 *     if (e.status() == 404) { ... }
 *     log.warn(e.problem().detail());
 * }
 * }</pre>
 */
public class KilnClientException extends RuntimeException {
    private final String service;
    private final int status;
    private final Problem problem;

    public KilnClientException(String service, int status, Problem problem, Throwable cause) {
        super("Service '" + service + "': " + status + " " + Objects.requireNonNull(problem, "problem").title()
                + (problem.detail() == null ? "" : ": " + problem.detail()), cause);
        this.service = service;
        this.status = status;
        this.problem = problem;
    }

    public KilnClientException(String service, int status, Problem problem) {
        this(service, status, problem, null);
    }

    /** The logical name of the service called. */
    public String service() {
        return service;
    }

    /** The HTTP status the service answered, or 503/504 when it could not be reached or timed out. */
    public int status() {
        return status;
    }

    /** The service's problem document, or one describing what it sent instead. */
    public Problem problem() {
        return problem;
    }
}
