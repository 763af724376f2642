package dev.kiln.runtime.http;

/**
 * 503 Service Unavailable: the service cannot serve the request now. A typed client throws one when the service
 * could not be reached (the cause is the connection failure) or answered 503.
 *
 * <pre>{@code
 * if (!warehouse.isOpen()) {
 *     throw new ServiceUnavailableException("The warehouse is closed for stock-taking")
 *             .withHeader(HeaderNames.RETRY_AFTER, "3600");
 * }
 * }</pre>
 */
public class ServiceUnavailableException extends HttpException {
    /** A 503 with {@code detail}. */
    public ServiceUnavailableException(String detail) {
        super(Problem.of(503, detail));
    }

    /** A 503 with this problem (its own type, title, errors or extension members); its status must be 503. */
    public ServiceUnavailableException(Problem problem) {
        super(requireStatus(503, problem));
    }

    /** See {@link HttpException#HttpException(Problem, String, Throwable)}; the problem's status must be 503. */
    protected ServiceUnavailableException(Problem problem, String service, Throwable cause) {
        super(requireStatus(503, problem), service, cause);
    }
}
