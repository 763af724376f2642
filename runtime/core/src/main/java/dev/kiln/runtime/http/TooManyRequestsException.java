package dev.kiln.runtime.http;

/**
 * 429 Too Many Requests: the client is over a rate limit. Tell it when to come back with {@code Retry-After};
 * runtime/ratelimit throws these with {@code Retry-After} and the {@code RateLimit-*} headers.
 *
 * <pre>{@code
 * throw new TooManyRequestsException("At most 5 exports a minute")
 *         .withHeader(HeaderNames.RETRY_AFTER, "12");
 * }</pre>
 */
public class TooManyRequestsException extends HttpException {
    /** A 429 with {@code detail}. */
    public TooManyRequestsException(String detail) {
        super(Problem.of(429, detail));
    }

    /** A 429 with this problem (its own type, title, errors or extension members); its status must be 429. */
    public TooManyRequestsException(Problem problem) {
        super(requireStatus(429, problem));
    }

    /** See {@link HttpException#HttpException(Problem, String, Throwable)}; the problem's status must be 429. */
    protected TooManyRequestsException(Problem problem, String service, Throwable cause) {
        super(requireStatus(429, problem), service, cause);
    }
}
