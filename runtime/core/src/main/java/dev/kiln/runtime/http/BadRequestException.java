package dev.kiln.runtime.http;

import java.util.List;

/**
 * 400 Bad Request: the request cannot be read: a parameter or body that is malformed or missing. Kiln's own
 * parameter and body binding throws these, with one {@link ProblemError} per faulty input.
 *
 * <pre>{@code
 * throw new BadRequestException("Header 'X-Tenant' is required",
 *         ProblemError.parameter("X-Tenant", "header", "Header 'X-Tenant' is required"));
 * }</pre>
 */
public class BadRequestException extends HttpException {
    /** A 400 with {@code detail}, listing each faulty input. */
    public BadRequestException(String detail, ProblemError... errors) {
        super(Problem.of(400, detail, List.of(errors)));
    }

    /** A 400 with this problem (its own type, title, errors or extension members); its status must be 400. */
    public BadRequestException(Problem problem) {
        super(requireStatus(400, problem));
    }

    /** See {@link HttpException#HttpException(Problem, String, Throwable)}; the problem's status must be 400. */
    protected BadRequestException(Problem problem, String service, Throwable cause) {
        super(requireStatus(400, problem), service, cause);
    }
}
