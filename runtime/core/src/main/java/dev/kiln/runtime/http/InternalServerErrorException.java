package dev.kiln.runtime.http;

/**
 * 500 Internal Server Error: what a typed client throws when the service it calls answered 500; the problem's
 * {@link Problem#errorId()} is the id that service logged the failure under. A service has no need to throw one:
 * any other exception it lets escape is answered 500 with an error id, and logged with its stack trace.
 *
 * <pre>{@code
 * try {
 *     payments.charge(order);
 * } catch (InternalServerErrorException e) {
 *     log.warn("payments failed; its error id is " + e.problem().errorId());
 * }
 * }</pre>
 */
public class InternalServerErrorException extends HttpException {
    /** A 500 with {@code detail}. */
    public InternalServerErrorException(String detail) {
        super(Problem.of(500, detail));
    }

    /** A 500 with this problem (its own type, title, errors or extension members); its status must be 500. */
    public InternalServerErrorException(Problem problem) {
        super(requireStatus(500, problem));
    }

    /** See {@link HttpException#HttpException(Problem, String, Throwable)}; the problem's status must be 500. */
    protected InternalServerErrorException(Problem problem, String service, Throwable cause) {
        super(requireStatus(500, problem), service, cause);
    }
}
