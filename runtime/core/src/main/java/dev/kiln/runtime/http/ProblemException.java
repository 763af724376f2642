package dev.kiln.runtime.http;

import java.util.List;
import java.util.Objects;

/**
 * Ends a request with a problem response. Throw it from a service implementation or a router; the
 * server answers with its status and problem document. It carries no stack trace: it is an answer,
 * not a failure.
 *
 * <pre>{@code
 * Order order = orders.get(id);
 * if (order == null) throw ProblemException.notFound("No order " + id);
 * if (order.shipped()) throw ProblemException.conflict("Order " + id + " has already shipped");
 * }</pre>
 */
public class ProblemException extends RuntimeException {
    private final Problem problem;

    public ProblemException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").detail(), null, false, false);
        this.problem = problem;
    }

    /** The problem document the server answers with. */
    public Problem problem() {
        return problem;
    }

    /** The HTTP status. */
    public int status() {
        return problem.status();
    }

    /** Any status with a detail. */
    public static ProblemException of(int status, String detail) {
        return new ProblemException(Problem.of(status, detail));
    }

    /** 400, listing each faulty input. */
    public static ProblemException badRequest(String detail, ProblemError... errors) {
        return new ProblemException(Problem.of(400, detail, List.of(errors)));
    }

    /** 401. */
    public static ProblemException unauthorized(String detail) {
        return of(401, detail);
    }

    /** 403. */
    public static ProblemException forbidden(String detail) {
        return of(403, detail);
    }

    /** 404. */
    public static ProblemException notFound(String detail) {
        return of(404, detail);
    }

    /** 409. */
    public static ProblemException conflict(String detail) {
        return of(409, detail);
    }

    /** 413. */
    public static ProblemException payloadTooLarge(String detail) {
        return of(413, detail);
    }

    /** 415. */
    public static ProblemException unsupportedMediaType(String detail) {
        return of(415, detail);
    }

    /** 422, listing each faulty input. */
    public static ProblemException unprocessable(String detail, ProblemError... errors) {
        return new ProblemException(Problem.of(422, detail, List.of(errors)));
    }

    /** 503. */
    public static ProblemException serviceUnavailable(String detail) {
        return of(503, detail);
    }
}
