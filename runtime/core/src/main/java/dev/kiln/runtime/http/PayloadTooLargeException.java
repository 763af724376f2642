package dev.kiln.runtime.http;

/**
 * 413 Request Entity Too Large: the request body is larger than allowed. Kiln answers these itself for bodies
 * over {@code server.max-payload-size}; throw one for a smaller limit of your own.
 *
 * <pre>{@code
 * if (upload.length > MAX_AVATAR_BYTES) {
 *     throw new PayloadTooLargeException("An avatar is at most " + MAX_AVATAR_BYTES + " bytes");
 * }
 * }</pre>
 */
public class PayloadTooLargeException extends HttpException {
    /** A 413 with {@code detail}. */
    public PayloadTooLargeException(String detail) {
        super(Problem.of(413, detail));
    }

    /** A 413 with this problem (its own type, title, errors or extension members); its status must be 413. */
    public PayloadTooLargeException(Problem problem) {
        super(requireStatus(413, problem));
    }

    /** See {@link HttpException#HttpException(Problem, String, Throwable)}; the problem's status must be 413. */
    protected PayloadTooLargeException(Problem problem, String service, Throwable cause) {
        super(requireStatus(413, problem), service, cause);
    }
}
