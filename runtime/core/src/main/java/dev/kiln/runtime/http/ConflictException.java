package dev.kiln.runtime.http;

/**
 * 409 Conflict: the request conflicts with the current state of the resource.
 *
 * <pre>{@code
 * if (order.shipped()) throw new ConflictException("Order " + id + " has already shipped");
 * }</pre>
 */
public class ConflictException extends HttpException {
    /** A 409 with {@code detail}. */
    public ConflictException(String detail) {
        super(Problem.of(409, detail));
    }

    /** A 409 with this problem (its own type, title, errors or extension members); its status must be 409. */
    public ConflictException(Problem problem) {
        super(requireStatus(409, problem));
    }

    /** See {@link HttpException#HttpException(Problem, String, Throwable)}; the problem's status must be 409. */
    protected ConflictException(Problem problem, String service, Throwable cause) {
        super(requireStatus(409, problem), service, cause);
    }
}
