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
 * if (order == null) throw HttpException.notFound("No order " + id);
 * if (order.shipped()) throw HttpException.conflict("Order " + id + " has already shipped");
 * }</pre>
 */
public class HttpException extends RuntimeException {
    private final Problem problem;

    public HttpException(Problem problem) {
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
    public static HttpException of(int status, String detail) {
        return new HttpException(Problem.of(status, detail));
    }

    /** 400, listing each faulty input. */
    public static HttpException badRequest(String detail, ProblemError... errors) {
        return new HttpException(Problem.of(400, detail, List.of(errors)));
    }

    /** 401. */
    public static HttpException unauthorized(String detail) {
        return of(401, detail);
    }

    /** 403. */
    public static HttpException forbidden(String detail) {
        return of(403, detail);
    }

    /** 404. */
    public static HttpException notFound(String detail) {
        return of(404, detail);
    }

    /** 409. */
    public static HttpException conflict(String detail) {
        return of(409, detail);
    }

    /** 413. */
    public static HttpException payloadTooLarge(String detail) {
        return of(413, detail);
    }

    /** 415. */
    public static HttpException unsupportedMediaType(String detail) {
        return of(415, detail);
    }

    /** 422, listing each faulty input. */
    public static HttpException unprocessable(String detail, ProblemError... errors) {
        return new HttpException(Problem.of(422, detail, List.of(errors)));
    }

    /** 503. */
    public static HttpException serviceUnavailable(String detail) {
        return of(503, detail);
    }
}
