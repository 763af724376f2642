package dev.kiln.runtime.boot;

import dev.kiln.runtime.client.KilnClientException;
import dev.kiln.runtime.http.ErrorResponses;
import dev.kiln.runtime.http.Problem;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.UUID;

/**
 * Answers a typed-client failure that a service let escape: the fault is another service's, so the caller
 * gets a gateway status naming that service (503 unreachable, 504 too slow, 502 any other answer), not a
 * 500, and never its address or the problem it sent. The details go to the log under the error id.
 */
final class UpstreamFailures {
    private static final System.Logger LOGGER = System.getLogger(UpstreamFailures.class.getName());

    private UpstreamFailures() {}

    static void handle(ServerRequest req, ServerResponse res, KilnClientException e) {
        int status = e.status() == 503 || e.status() == 504 ? e.status() : 502;
        String what = switch (status) {
            case 503 -> "could not be reached";
            case 504 -> "did not answer in time";
            default -> "failed to handle it (it answered " + e.status() + ")";
        };
        String errorId = UUID.randomUUID().toString();
        LOGGER.log(System.Logger.Level.WARNING, () -> "Request " + req.prologue().method().text() + " "
                + req.path().absolute().path() + " failed upstream; error id " + errorId, e);
        ErrorResponses.send(req, res, Problem.of(status, "Service '" + e.service()
                + "', which this request depends on, " + what + "; quote error id " + errorId
                + " when reporting it").withErrorId(errorId));
    }
}
