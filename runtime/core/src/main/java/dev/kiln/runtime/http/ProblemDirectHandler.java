package dev.kiln.runtime.http;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.log.LogBudget;
import dev.kiln.runtime.log.RequestIds;
import io.helidon.http.DirectHandler;
import io.helidon.http.RequestException;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import java.util.Objects;
import java.util.UUID;

/**
 * Answers the requests Helidon rejects before or outside routing (malformed request line or headers,
 * a body over {@code server.max-payload-size}) with a problem document instead of plain text: 414 for a request
 * line too long, 431 for headers too large, 400 for a head Helidon's parser failed on. A request whose client went
 * away ({@link ClientAborts}) is no server failure: no error id, no ERROR log. Real server failures are logged
 * within the server's {@link LogBudget}.
 *
 * <pre>{@code
 * DirectHandlers.Builder handlers = DirectHandlers.builder();
 * for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
 *     handlers.addHandler(type, new ProblemDirectHandler(maxPayloadSize));
 * }
 * }</pre>
 */
public final class ProblemDirectHandler implements DirectHandler {
    private static final System.Logger LOGGER = System.getLogger(ProblemDirectHandler.class.getName());

    // Helidon reports headers over its size limit as a plain 400 with this message.
    private static final String HEADER_SIZE_EXCEEDED = "Header size exceeded";
    private static final Status HEADERS_TOO_LARGE = Status.create(431, "Request Header Fields Too Large");

    private final long maxPayloadSize;
    private final ClientAborts aborts;
    private final LogBudget failures;

    /** @param maxPayloadSize the configured limit, quoted in 413 answers */
    public ProblemDirectHandler(long maxPayloadSize) {
        this(maxPayloadSize, ClientAborts.untracked(), LogBudget.unlimited());
    }

    /**
     * @param maxPayloadSize the configured limit, quoted in 413 answers
     * @param aborts         where requests that failed because their client went away are counted
     * @param failures       what bounds the logging of server failures (the server's one)
     */
    public ProblemDirectHandler(long maxPayloadSize, ClientAborts aborts, LogBudget failures) {
        this.maxPayloadSize = maxPayloadSize;
        this.aborts = Objects.requireNonNull(aborts, "aborts");
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status defaultStatus,
                                    ServerResponseHeaders responseHeaders, Throwable thrown, System.Logger logger) {
        if (isServerFailure(eventType, defaultStatus)) {
            String reason = aborts.abortedBy(thrown);
            if (reason != null) {
                return aborted(request, responseHeaders, reason);
            }
            String errorId = UUID.randomUUID().toString();
            failures.log(LOGGER, System.Logger.Level.ERROR, LogBudget.key(thrown),
                    () -> "Request " + request.method() + " " + request.path()
                            + " failed outside routing; error id " + errorId, thrown);
            return respond(request, eventType, defaultStatus, responseHeaders, ErrorResponses.internalError(errorId));
        }
        boolean safe = thrown instanceof RequestException re && re.safeMessage();
        return handle(request, eventType, defaultStatus, responseHeaders, safe ? thrown.getMessage() : null);
    }

    /**
     * Helidon passes its own description of the problem when error handling includes the entity; it
     * replaces descriptions it deems unsafe with a pointer to the server log, which says nothing to a
     * client, so that one is left out.
     */
    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status defaultStatus,
                                    ServerResponseHeaders responseHeaders, String message) {
        int code = defaultStatus.code();
        if (isServerFailure(eventType, defaultStatus)) {
            // Helidon reports a connection that broke under a request's headers as an internal error, without the
            // cause: the connection's reader (the server's connection guard) counted it on this thread already.
            String reason = aborts.abortedBy(null);
            if (reason != null) {
                return aborted(request, responseHeaders, reason);
            }
            if (eventType == EventType.INTERNAL_ERROR && RequestHead.isReading()) {
                // Helidon's parser failed on the request's line or headers: malformed input, not a server failure.
                LOGGER.log(System.Logger.Level.DEBUG, () -> "A request's head could not be parsed: " + message);
                return respond(request, eventType, Status.BAD_REQUEST_400, responseHeaders, Problem.of(400,
                        "The request is malformed: check its request line, headers and encoding"));
            }
            if (code == 503) {
                return respond(request, eventType, defaultStatus, responseHeaders, Problem.of(503,
                        "The server is handling as many requests as it may; retry shortly"));
            }
            String errorId = UUID.randomUUID().toString();
            failures.log(LOGGER, System.Logger.Level.ERROR, "outside routing: " + message,
                    () -> "Request " + request.method() + " " + request.path()
                            + " failed outside routing: " + message + "; error id " + errorId, null);
            return respond(request, eventType, defaultStatus, responseHeaders, ErrorResponses.internalError(errorId));
        }
        if (HEADER_SIZE_EXCEEDED.equals(message)) {
            return respond(request, eventType, HEADERS_TOO_LARGE, responseHeaders, Problem.of(431,
                    "The request's headers are larger than the server accepts"));
        }
        String detail;
        if (code == 414) {
            detail = "The request line is longer than the server accepts";
        } else if (code == 501) {
            detail = "The request's transfer coding is not supported: send its body with Content-Length or chunked";
        } else if (code == 431 && message != null) {
            detail = message;
        } else if (eventType == EventType.PAYLOAD_TOO_LARGE || code == 413) {
            detail = "The request body is larger than the limit of " + maxPayloadSize + " bytes";
        } else if (eventType == EventType.HTTP_VERSION_NOT_SUPPORTED || code == 505) {
            detail = "The HTTP version of the request is not supported; use HTTP/1.1";
        } else if (message != null && !message.isBlank() && !message.contains("see server log")) {
            detail = "The request is malformed: " + message;
        } else {
            detail = "The request is malformed (" + Problem.title(code) + "): check its request line, headers and encoding";
        }
        return respond(request, eventType, defaultStatus, responseHeaders, Problem.of(code, detail));
    }

    /**
     * The client went away (or was too slow) before its request was complete: counted, logged at FINE, answered
     * with a 400 and a close in case it still reads, and not a 500: no error id, no stack trace, no WARNING from
     * Helidon (which logs every 500 it answers outside routing).
     */
    private TransportResponse aborted(TransportRequest request, ServerResponseHeaders headers, String reason) {
        aborts.aborted(request.method() + " " + request.path(), reason);
        ClientAborts.clearMark();
        return TransportResponse.builder()
                .status(Status.BAD_REQUEST_400)
                .headers(headers)
                .header(KilnHeaders.CONTENT_TYPE_PROBLEM)
                .keepAlive(false)
                .entity(Json.encode(ProblemCodec.INSTANCE,
                        Problem.of(400, "The connection ended before the request was complete")))
                .build();
    }

    private static String requestId(TransportRequest request) {
        return RequestIds.acceptOrCreate(request.headers());
    }

    /** A failure of the server rather than of the request: answered with an error id only. */
    private static boolean isServerFailure(EventType eventType, Status status) {
        // 505 and 501 (a transfer coding the server does not implement, as RFC 9112 asks) describe the request.
        return status.code() >= 500 && eventType != EventType.HTTP_VERSION_NOT_SUPPORTED && status.code() != 505
                && status.code() != 501;
    }

    private static TransportResponse respond(TransportRequest request, EventType eventType, Status status,
                                             ServerResponseHeaders headers, Problem problem) {
        String path = request.path();
        int query = path == null ? -1 : path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        Problem body = path == null || path.isEmpty() ? problem : problem.withInstance(path);
        TransportResponse.Builder response = TransportResponse.builder()
                .status(status)
                .headers(headers)
                .header(KilnHeaders.CONTENT_TYPE_PROBLEM)
                // Outside routing no filter runs: echo (or create) the id here. Inside routing the request id
                // filter's own id replaces this one just before sending.
                .header(RequestIds.HEADER, requestId(request));
        if ("HEAD".equals(request.method())) {
            // A HEAD answer has no body; closing the connection keeps the client from waiting for one.
            return response.keepAlive(false).build();
        }
        return response.keepAlive(eventType.keepAlive())
                .entity(Json.encode(ProblemCodec.INSTANCE, body))
                .build();
    }
}
