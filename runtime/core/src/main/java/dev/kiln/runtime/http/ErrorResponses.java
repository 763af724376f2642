package dev.kiln.runtime.http;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonDecodeException;
import dev.kiln.runtime.log.RequestIds;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.UUID;

/**
 * Turns what a route throws into a problem response. {@code KilnBoot} registers these as the
 * routing's error handlers; the methods are public so custom routing can reuse them.
 *
 * <pre>{@code
 * routing.error(HttpException.class, ErrorResponses::problem)
 *        .error(JsonDecodeException.class, ErrorResponses::badJson)
 *        .error(Throwable.class, ErrorResponses::unexpected);
 * }</pre>
 */
public final class ErrorResponses {
    private static final System.Logger LOGGER = System.getLogger(ErrorResponses.class.getName());

    private ErrorResponses() {}

    /** Answers with the exception's problem. */
    public static void problem(ServerRequest req, ServerResponse res, HttpException e) {
        send(req, res, e.problem());
    }

    /** A 400 naming the JSON pointer of the faulty value. */
    public static void badJson(ServerRequest req, ServerResponse res, JsonDecodeException e) {
        String detail = "Invalid JSON body: " + e.describe();
        send(req, res, Problem.of(400, detail, List.of(ProblemError.pointer(e.pointer(), e.getMessage()))));
    }

    /**
     * A 500 whose body holds only an error id; the id, the request line and the stack trace go to the
     * log. Helidon's own {@link io.helidon.http.HttpException}s keep their status (4xx with their message, which Helidon
     * writes for clients).
     */
    public static void unexpected(ServerRequest req, ServerResponse res, Throwable e) {
        if (e instanceof io.helidon.http.HttpException http && http.status().code() < 500) {
            http.headers().forEach(res::header);
            String detail = http.getMessage() == null || http.getMessage().isBlank()
                    ? Problem.title(http.status().code())
                    : http.getMessage();
            send(req, res, Problem.of(http.status().code(), detail));
            return;
        }
        String errorId = UUID.randomUUID().toString();
        LOGGER.log(System.Logger.Level.ERROR, () -> "Request " + req.prologue().method().text() + " "
                + req.path().absolute().path() + " failed; error id " + errorId + ", request id " + RequestIds.of(req), e);
        send(req, res, internalError(errorId));
    }

    /** The body of every 500: a generic detail and the id to quote. */
    public static Problem internalError(String errorId) {
        return Problem.of(500, "The server failed to handle the request; quote error id " + errorId
                + " when reporting it").withErrorId(errorId);
    }

    /** Sends {@code problem} as {@code application/problem+json}, with the request path as its instance. */
    public static void send(ServerRequest req, ServerResponse res, Problem problem) {
        Problem withInstance = problem.instance() == null ? problem.withInstance(req.path().absolute().path()) : problem;
        res.status(problem.status());
        res.header(KilnHeaders.CONTENT_TYPE_PROBLEM);
        res.send(Json.encode(ProblemCodec.INSTANCE, withInstance));
    }
}
