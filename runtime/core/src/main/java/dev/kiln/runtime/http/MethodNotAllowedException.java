package dev.kiln.runtime.http;

/**
 * 405 Method Not Allowed: the path is served, but not with this method. Kiln answers these itself, with
 * {@code Allow}; a typed client throws one when the service it calls has the path but not the route's method
 * (a version mismatch).
 *
 * <pre>{@code
 * try {
 *     orders.cancel(id);
 * } catch (MethodNotAllowedException e) {
 *     // the orders service deployed does not have this route yet
 * }
 * }</pre>
 */
public class MethodNotAllowedException extends HttpException {
    /** A 405 with {@code detail}. */
    public MethodNotAllowedException(String detail) {
        super(Problem.of(405, detail));
    }

    /** A 405 with this problem (its own type, title, errors or extension members); its status must be 405. */
    public MethodNotAllowedException(Problem problem) {
        super(requireStatus(405, problem));
    }

    /** See {@link HttpException#HttpException(Problem, String, Throwable)}; the problem's status must be 405. */
    protected MethodNotAllowedException(Problem problem, String service, Throwable cause) {
        super(requireStatus(405, problem), service, cause);
    }
}
