package dev.kiln.runtime.http;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.UUID;

/**
 * Answers an exception a typed client threw and a service let escape: the fault is another service's, so the
 * caller gets a gateway status naming that service (503 unreachable or unavailable, 504 too slow, 502 any other
 * answer), not a 500 and not the status that service answered, and never its address, headers or the problem it
 * sent. The details go to the log under the error id.
 */
final class UpstreamFailures {
    private static final System.Logger LOGGER = System.getLogger(UpstreamFailures.class.getName());

    private UpstreamFailures() {}

    static void answer(ServerRequest req, ServerResponse res, HttpException e) {
        String service = e.service().orElseThrow();
        int status = e.status() == 503 || e.status() == 504 ? e.status() : 502;
        String what = switch (status) {
            case 503 -> e.getCause() == null ? "is unavailable (it answered 503)" : "could not be reached";
            case 504 -> "did not answer in time";
            default -> "failed to handle it (it answered " + e.status() + ")";
        };
        String errorId = UUID.randomUUID().toString();
        LOGGER.log(System.Logger.Level.WARNING, () -> "Request " + req.prologue().method().text() + " "
                + req.path().absolute().path() + " failed upstream; error id " + errorId, e);
        ErrorResponses.send(req, res, Problem.of(status, "Service '" + service
                + "', which this request depends on, " + what + "; quote error id " + errorId
                + " when reporting it").withErrorId(errorId));
    }
}
