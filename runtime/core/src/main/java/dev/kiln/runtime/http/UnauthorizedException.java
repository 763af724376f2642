package dev.kiln.runtime.http;

/**
 * 401 Unauthorized: the request is not authenticated. RFC 9110 wants a {@code WWW-Authenticate} challenge with
 * every 401: add one with {@link #withHeader}, or let runtime/security's {@code AuthenticationFilter} add the
 * configured schemes'.
 *
 * <pre>{@code
 * throw new UnauthorizedException("The session has expired")
 *         .withHeader(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"shop\"");
 * }</pre>
 */
public class UnauthorizedException extends HttpException {
    /** A 401 with {@code detail}. */
    public UnauthorizedException(String detail) {
        super(Problem.of(401, detail));
    }

    /** A 401 with this problem (its own type, title, errors or extension members); its status must be 401. */
    public UnauthorizedException(Problem problem) {
        super(requireStatus(401, problem));
    }

    /** See {@link HttpException#HttpException(Problem, String, Throwable)}; the problem's status must be 401. */
    protected UnauthorizedException(Problem problem, String service, Throwable cause) {
        super(requireStatus(401, problem), service, cause);
    }
}
