package dev.kiln.runtime.http;

import dev.kiln.runtime.errors.ErrorRecorder;
import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonDecodeException;
import dev.kiln.runtime.log.LogBudget;
import dev.kiln.runtime.log.RequestIds;
import io.helidon.http.Header;
import io.helidon.http.Method;
import io.helidon.common.buffers.DataReader;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.opentelemetry.context.Scope;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Turns what a route or filter throws into a problem response. {@link #install} registers these as a
 * routing's error handlers, with the application's {@link ExceptionMapper}s; the methods are public so
 * custom routing can reuse them.
 *
 * <p>Helidon picks the handler registered for the thrown class, else for its superclass, and so on up to
 * {@code Throwable}. So a mapper for a subclass wins over one for its superclass, and a mapper for
 * {@code RuntimeException} never sees what Kiln answers itself: {@link HttpException}s (their own problem and
 * headers), {@link JsonDecodeException}s (400 naming the faulty value) and Helidon's own HTTP exceptions
 * (their status). Anything else without a mapper is a 500 with an error id, logged with its stack trace.
 *
 * <pre>{@code
 * HttpRouting.Builder routing = HttpRouting.builder();
 * ErrorResponses.install(routing, Set.of(ExceptionMapper.of(OutOfStockException.class,
 *         e -> Problem.of(409, "Only " + e.available() + " of " + e.sku() + " left"))));
 * }</pre>
 */
public final class ErrorResponses {
    private static final System.Logger LOGGER = System.getLogger(ErrorResponses.class.getName());

    private ErrorResponses() {}

    /**
     * Registers {@code mappers}, then Kiln's own handlers, as {@code routing}'s error handlers. Refuses (with an
     * {@link IllegalArgumentException}) two mappers for one type, and mappers for what Kiln answers itself:
     * {@link HttpException} and its subclasses (throw one carrying the problem you want instead),
     * {@link JsonDecodeException} and Helidon's {@link io.helidon.http.HttpException}s. A mapper for
     * {@code Throwable} replaces the 500 for unexpected failures.
     *
     * <p>A mapper that throws, or returns null or a problem whose status is not 4xx or 5xx, is answered like any
     * unexpected failure: a 500 with an error id, its failure logged with the exception it was given.
     */
    public static void install(HttpRouting.Builder routing, Collection<? extends ExceptionMapper<?>> mappers) {
        install(routing, mappers, ErrorRecorder.NONE);
    }

    /**
     * As {@link #install(HttpRouting.Builder, Collection)}, recording every 500 in {@code errors} (with its error id
     * and the route, {@code GET /orders/{id}}) on the request's thread. A client that went away is no server error
     * and is not recorded: Helidon closes a connection that failed without asking the error handlers, and a body that
     * ends before its {@code Content-Length} (the client closed its side) is answered 400.
     */
    public static void install(HttpRouting.Builder routing, Collection<? extends ExceptionMapper<?>> mappers,
                               ErrorRecorder errors) {
        install(routing, mappers, errors, ClientAborts.untracked(), LogBudget.unlimited());
    }

    /**
     * As {@link #install(HttpRouting.Builder, Collection, ErrorRecorder)}, counting in {@code aborts} the requests whose
     * client went away under them (the body ended early, the connection was reset): neither logged as failures nor
     * recorded. Unexpected failures are logged within {@code failures} (the server's {@link LogBudget}).
     */
    public static void install(HttpRouting.Builder routing, Collection<? extends ExceptionMapper<?>> mappers,
                               ErrorRecorder errors, ClientAborts aborts, LogBudget failures) {
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(aborts, "aborts");
        Objects.requireNonNull(failures, "failures");
        Set<Class<?>> mapped = new HashSet<>();
        for (ExceptionMapper<?> mapper : mappers) {
            Class<?> type = Objects.requireNonNull(mapper.type(), () -> "type() of ExceptionMapper " + mapper);
            if (HttpException.class.isAssignableFrom(type) || type == JsonDecodeException.class
                    || io.helidon.http.HttpException.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException("ExceptionMapper " + mapper + " maps " + type.getName()
                        + ", which Kiln answers itself: an HttpException answers with its own problem, so throw one"
                        + " carrying the problem you want (HttpException.of(problem)) instead of mapping it");
            }
            if (!mapped.add(type)) {
                throw new IllegalArgumentException("Two ExceptionMappers map " + type.getName()
                        + "; keep one (which of them would answer is not defined)");
            }
            register(routing, mapper, errors);
        }
        // Helidon keeps the first handler registered for a type: the mappers' Throwable, if any, stays.
        routing.error(HttpException.class, ErrorResponses::problem)
                .error(JsonDecodeException.class, ErrorResponses::badJson)
                .error(DataReader.InsufficientDataAvailableException.class, (req, res, e) -> bodyCutOff(req, res, aborts))
                .error(io.helidon.http.HttpException.class, (req, res, e) -> unexpected(req, res, e, errors, failures))
                .error(Throwable.class, (req, res, e) -> unexpectedOrAborted(req, res, e, errors, aborts, failures));
    }

    private static <T extends Throwable> void register(HttpRouting.Builder routing, ExceptionMapper<T> mapper,
                                                       ErrorRecorder errors) {
        routing.error(mapper.type(), (req, res, e) -> mapped(req, res, mapper, e, errors));
    }

    /** Answers with what {@code mapper} makes of {@code e}; a 500 with an error id when the mapper fails. */
    static <T extends Throwable> void mapped(ServerRequest req, ServerResponse res, ExceptionMapper<T> mapper, T e,
                                             ErrorRecorder errors) {
        Problem problem;
        List<Header> headers;
        try {
            problem = mapper.toProblem(e, req);
            headers = problem == null ? List.of() : mapper.headers(e, req);
        } catch (RuntimeException failure) {
            failure.addSuppressed(e);
            mapperFailed(req, res, mapper, failure, errors);
            return;
        }
        if (problem == null || problem.status() < 400 || problem.status() > 599 || headers == null) {
            mapperFailed(req, res, mapper, new IllegalStateException("ExceptionMapper " + mapper + " for "
                    + mapper.type().getName() + " returned " + (problem == null ? "null"
                    : headers == null ? "null headers" : "status " + problem.status())
                    + "; it must return a problem with a 4xx or 5xx status", e), errors);
            return;
        }
        for (Header header : headers) {
            res.header(header);
        }
        send(req, res, problem);
    }

    private static void mapperFailed(ServerRequest req, ServerResponse res, ExceptionMapper<?> mapper, Throwable failure,
                                     ErrorRecorder errors) {
        String errorId = UUID.randomUUID().toString();
        try (Scope ignored = ServerTelemetry.resume(req)) {
            errors.record(failure, where(req), errorId);
            LOGGER.log(System.Logger.Level.ERROR, () -> "Request " + req.prologue().method().text() + " "
                    + req.path().absolute().path() + " failed and its ExceptionMapper for " + mapper.type().getName()
                    + " failed too; error id " + errorId, failure);
        }
        send(req, res, internalError(errorId));
    }

    /**
     * Answers with the exception's problem and headers. One a typed client threw (see
     * {@link HttpException#service()}) is another service's failure: it is answered with a gateway status naming
     * that service, not with what that service answered.
     */
    public static void problem(ServerRequest req, ServerResponse res, HttpException e) {
        if (e.service().isPresent()) {
            UpstreamFailures.answer(req, res, e);
            return;
        }
        // Helidon resets the response's headers before error handlers run: they are set here, not where thrown.
        for (Header header : e.headers()) {
            res.header(header);
        }
        send(req, res, e.problem());
    }

    /** A 400 naming the JSON pointer of the faulty value. */
    public static void badJson(ServerRequest req, ServerResponse res, JsonDecodeException e) {
        String detail = "Invalid JSON body: " + e.describe();
        send(req, res, Problem.of(400, detail, List.of(ProblemError.pointer(e.pointer(), e.getMessage()))));
    }

    /**
     * A 400: the body ended before the length it declared, because the client closed its side of the connection
     * (it may still read the answer). The client's doing, so neither logged as a failure nor recorded.
     */
    private static void bodyCutOff(ServerRequest req, ServerResponse res, ClientAborts aborts) {
        aborts.aborted(where(req), "closed");
        send(req, res, Problem.of(400, "The request body ended before the length it declared"));
    }

    /**
     * A client that went away under its request (reset, closed, timed out reading its body) is counted as aborted
     * and answered 400 in case it still reads; anything else is {@link #unexpected}.
     */
    private static void unexpectedOrAborted(ServerRequest req, ServerResponse res, Throwable e, ErrorRecorder errors,
                                            ClientAborts aborts, LogBudget failures) {
        String reason = aborts.abortedBy(e);
        if (reason == null) {
            unexpected(req, res, e, errors, failures);
            return;
        }
        aborts.aborted(where(req), reason);
        res.header(io.helidon.http.HeaderValues.CONNECTION_CLOSE);
        send(req, res, Problem.of(400, "The connection ended before the request was complete"));
    }

    /**
     * A 500 whose body holds only an error id; the id, the request line and the stack trace go to the
     * log. Helidon's own {@link io.helidon.http.HttpException}s keep their status (4xx with their message, which Helidon
     * writes for clients).
     */
    public static void unexpected(ServerRequest req, ServerResponse res, Throwable e) {
        unexpected(req, res, e, ErrorRecorder.NONE);
    }

    /**
     * As {@link #unexpected(ServerRequest, ServerResponse, Throwable)}, recording the 500 in {@code errors}.
     */
    public static void unexpected(ServerRequest req, ServerResponse res, Throwable e, ErrorRecorder errors) {
        unexpected(req, res, e, errors, LogBudget.unlimited());
    }

    private static void unexpected(ServerRequest req, ServerResponse res, Throwable e, ErrorRecorder errors,
                                   LogBudget failures) {
        if (e instanceof io.helidon.http.HttpException http && http.status().code() < 500) {
            http.headers().forEach(res::header);
            String detail = http.getMessage() == null || http.getMessage().isBlank()
                    ? Problem.title(http.status().code())
                    : http.getMessage();
            send(req, res, Problem.of(http.status().code(), detail));
            return;
        }
        String errorId = UUID.randomUUID().toString();
        // The route's span, current again: the error group and the log line carry its trace id.
        try (Scope ignored = ServerTelemetry.resume(req)) {
            errors.record(e, where(req), errorId);
            failures.log(LOGGER, System.Logger.Level.ERROR, LogBudget.key(e), () -> "Request "
                    + req.prologue().method().text() + " " + req.path().absolute().path() + " failed; error id "
                    + errorId + ", request id " + RequestIds.of(req), e);
        }
        send(req, res, internalError(errorId));
    }

    /** {@code GET /orders/{id}}: the route template, or the raw path when no route matched (a server filter failed). */
    private static String where(ServerRequest req) {
        String route = req.matchingPattern().orElse("");
        return req.prologue().method().text() + " " + (route.isEmpty() ? req.prologue().uriPath().rawPath() : route);
    }

    /** The body of every 500: a generic detail and the id to quote. */
    public static Problem internalError(String errorId) {
        return Problem.of(500, "The server failed to handle the request; quote error id " + errorId
                + " when reporting it").withErrorId(errorId);
    }

    /**
     * Sends {@code problem} as {@code application/problem+json}, with the request path as its instance. A failure the
     * route threw is answered here after the route's span was left: it is current again while the answer is sent (the
     * access log line carries its trace id), and ended with the answer's status.
     */
    public static void send(ServerRequest req, ServerResponse res, Problem problem) {
        Problem withInstance = problem.instance() == null ? problem.withInstance(req.path().absolute().path()) : problem;
        res.status(problem.status());
        res.header(KilnHeaders.CONTENT_TYPE_PROBLEM);
        // Error handling reset the headers the request id filter set.
        RequestIds.echo(req, res);
        byte[] body = Json.encode(ProblemCodec.INSTANCE, withInstance);
        try (Scope ignored = ServerTelemetry.resume(req)) {
            if (Method.HEAD.equals(req.prologue().method())) {
                HeadResponse.sendHead(res, body.length);
            } else {
                res.send(body);
            }
        } finally {
            ServerTelemetry.answered(req, problem.status());
        }
    }
}
