package dev.kiln.runtime.http;

import java.util.List;

/**
 * 422 Unprocessable Content: the body reads, but its values break a rule; one {@link ProblemError} per faulty
 * value, by JSON pointer.
 *
 * <pre>{@code
 * throw new UnprocessableEntityException("The order is not valid",
 *         ProblemError.pointer("/lines/0/quantity", "must be at least 1"));
 * }</pre>
 */
public class UnprocessableEntityException extends HttpException {
    /** A 422 with {@code detail}, listing each faulty input. */
    public UnprocessableEntityException(String detail, ProblemError... errors) {
        super(Problem.of(422, detail, List.of(errors)));
    }

    /** A 422 with this problem (its own type, title, errors or extension members); its status must be 422. */
    public UnprocessableEntityException(Problem problem) {
        super(requireStatus(422, problem));
    }

    /** See {@link HttpException#HttpException(Problem, String, Throwable)}; the problem's status must be 422. */
    protected UnprocessableEntityException(Problem problem, String service, Throwable cause) {
        super(requireStatus(422, problem), service, cause);
    }
}
