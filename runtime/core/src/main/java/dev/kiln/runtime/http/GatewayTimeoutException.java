package dev.kiln.runtime.http;

/**
 * 504 Gateway Timeout: a service this one depends on did not answer in time. A typed client throws one when its
 * read timeout passes (the cause is the timeout), or when the service itself answered 504.
 *
 * <pre>{@code
 * try {
 *     return recommendations.forCustomer(id);
 * } catch (GatewayTimeoutException e) {
 *     return List.of();          // recommendations are optional
 * }
 * }</pre>
 */
public class GatewayTimeoutException extends HttpException {
    /** A 504 with {@code detail}. */
    public GatewayTimeoutException(String detail) {
        super(Problem.of(504, detail));
    }

    /** A 504 with this problem (its own type, title, errors or extension members); its status must be 504. */
    public GatewayTimeoutException(Problem problem) {
        super(requireStatus(504, problem));
    }

    /** See {@link HttpException#HttpException(Problem, String, Throwable)}; the problem's status must be 504. */
    protected GatewayTimeoutException(Problem problem, String service, Throwable cause) {
        super(requireStatus(504, problem), service, cause);
    }
}
