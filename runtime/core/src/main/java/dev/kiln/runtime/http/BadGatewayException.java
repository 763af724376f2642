package dev.kiln.runtime.http;

/**
 * 502 Bad Gateway: a service this one depends on answered something unusable. A typed client throws one when an
 * answer's body does not fit the declared type, or when the service itself answered 502.
 *
 * <pre>{@code
 * try {
 *     return catalog.find(sku);
 * } catch (BadGatewayException e) {
 *     return Optional.empty();   // treat a broken catalog answer as unknown
 * }
 * }</pre>
 */
public class BadGatewayException extends HttpException {
    /** A 502 with {@code detail}. */
    public BadGatewayException(String detail) {
        super(Problem.of(502, detail));
    }

    /** A 502 with this problem (its own type, title, errors or extension members); its status must be 502. */
    public BadGatewayException(Problem problem) {
        super(requireStatus(502, problem));
    }

    /** See {@link HttpException#HttpException(Problem, String, Throwable)}; the problem's status must be 502. */
    protected BadGatewayException(Problem problem, String service, Throwable cause) {
        super(requireStatus(502, problem), service, cause);
    }
}
