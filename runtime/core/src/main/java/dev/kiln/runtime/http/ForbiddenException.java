package dev.kiln.runtime.http;

/**
 * 403 Forbidden: the request is authenticated but not allowed to do this.
 *
 * <pre>{@code
 * if (!order.owner().equals(principal.name())) {
 *     throw new ForbiddenException("Only the owner may cancel order " + id);
 * }
 * }</pre>
 */
public class ForbiddenException extends HttpException {
    /** A 403 with {@code detail}. */
    public ForbiddenException(String detail) {
        super(Problem.of(403, detail));
    }

    /** A 403 with this problem (its own type, title, errors or extension members); its status must be 403. */
    public ForbiddenException(Problem problem) {
        super(requireStatus(403, problem));
    }

    /** See {@link HttpException#HttpException(Problem, String, Throwable)}; the problem's status must be 403. */
    protected ForbiddenException(Problem problem, String service, Throwable cause) {
        super(requireStatus(403, problem), service, cause);
    }
}
