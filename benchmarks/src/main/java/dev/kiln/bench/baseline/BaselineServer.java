package dev.kiln.bench.baseline;

import dev.kiln.bench.load.AllocationCounter;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;

/**
 * The hand-written side of the HTTP benchmarks: a plain Helidon SE server with the same three routes as the
 * Kiln bench service. The port comes from {@code --server.port=N} (default 8091, 0 = ephemeral).
 *
 * <pre>{@code
 * java -cp target/benchmarks.jar dev.kiln.bench.baseline.BaselineServer --server.port=8091
 * }</pre>
 */
public final class BaselineServer {
    private static final String PORT_ARG = "--server.port=";
    private static final int DEFAULT_PORT = 8091;
    private static final Header PROBLEM_JSON = HeaderValues.create(HeaderNames.CONTENT_TYPE, "application/problem+json");

    private BaselineServer() {}

    public static void main(String[] args) {
        AllocationCounter.startIfAsked();
        WebServer server = start(port(args));
        System.out.println("Baseline listening on http://localhost:" + server.port());
    }

    /** Starts the server on {@code port} (0 = ephemeral); the caller stops it. */
    public static WebServer start(int port) {
        return WebServer.builder()
                .port(port)
                .routing(routing -> routing
                        .register(new BaselineRoutes())
                        .error(BadRequest.class, (req, res, e) -> badRequest(res, e.getMessage()))
                        .error(JacksonException.class, (req, res, e) -> badRequest(res, "The body is not valid JSON")))
                .build()
                .start();
    }

    private static void badRequest(ServerResponse res, String detail) {
        // Same shape as Kiln's problem document; only the error path uses it, so it is built by hand here.
        String body = "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"" + detail.replace("\"", "'") + "\"}";
        res.status(Status.BAD_REQUEST_400)
                .header(PROBLEM_JSON)
                .send(body.getBytes(StandardCharsets.UTF_8));
    }

    private static int port(String[] args) {
        for (String arg : args) {
            if (arg.startsWith(PORT_ARG)) {
                return Integer.parseInt(arg.substring(PORT_ARG.length()));
            }
        }
        return DEFAULT_PORT;
    }
}
