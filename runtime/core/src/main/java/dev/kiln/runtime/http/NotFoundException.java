package dev.kiln.runtime.http;

/**
 * 404 Not Found: the resource the request names does not exist. (A path that no route serves is a 404 as well,
 * with the type {@link Problem#NO_ROUTE}.) A route returning an empty {@code Optional} answers one of these.
 *
 * <pre>{@code
 * Order order = orders.get(id);
 * if (order == null) throw new NotFoundException("No order " + id);
 * }</pre>
 */
public class NotFoundException extends HttpException {
    /** A 404 with {@code detail}. */
    public NotFoundException(String detail) {
        super(Problem.of(404, detail));
    }

    /** A 404 with this problem (its own type, title, errors or extension members); its status must be 404. */
    public NotFoundException(Problem problem) {
        super(requireStatus(404, problem));
    }

    /** See {@link HttpException#HttpException(Problem, String, Throwable)}; the problem's status must be 404. */
    protected NotFoundException(Problem problem, String service, Throwable cause) {
        super(requireStatus(404, problem), service, cause);
    }
}
