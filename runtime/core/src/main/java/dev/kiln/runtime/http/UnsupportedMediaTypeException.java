package dev.kiln.runtime.http;

/**
 * 415 Unsupported Media Type: the request body's {@code Content-Type} (or charset) is not one the route reads.
 * Kiln's body binding throws these.
 *
 * <pre>{@code
 * throw new UnsupportedMediaTypeException("Send the document as application/json");
 * }</pre>
 */
public class UnsupportedMediaTypeException extends HttpException {
    /** A 415 with {@code detail}. */
    public UnsupportedMediaTypeException(String detail) {
        super(Problem.of(415, detail));
    }

    /** A 415 with this problem (its own type, title, errors or extension members); its status must be 415. */
    public UnsupportedMediaTypeException(Problem problem) {
        super(requireStatus(415, problem));
    }

    /** See {@link HttpException#HttpException(Problem, String, Throwable)}; the problem's status must be 415. */
    protected UnsupportedMediaTypeException(Problem problem, String service, Throwable cause) {
        super(requireStatus(415, problem), service, cause);
    }
}
