package dev.kiln.runtime.health;

import dev.kiln.runtime.http.ErrorResponses;
import dev.kiln.runtime.http.Problem;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The health routes: {@code GET} (and {@code HEAD}) {@code /health} (every check), {@code /health/live}
 * ({@link HealthKind#LIVENESS}), {@code /health/ready} ({@link HealthKind#READINESS}) and
 * {@code /health/started} ({@link HealthKind#STARTUP}), answering MicroProfile Health JSON with 200 when every
 * check is UP and 503 otherwise, never cached. The checks run only when a probe asks, concurrently, through a
 * {@link HealthProbe}. {@code KilnBoot} registers these routes on Helidon's routing itself, outside the
 * application's routers, so that application filters and security rules never stand between a platform's
 * probe and its answer.
 *
 * <pre>{@code
 * new HealthEndpoint(checks, new HealthProbe(Duration.ofSeconds(2))).register(routing);
 * // GET /health/ready → 200 {"status":"UP","checks":[{"name":"lifecycle","status":"UP","data":{…}}]}
 * }</pre>
 */
public final class HealthEndpoint {
    private static final Header NO_STORE = HeaderValues.createCached(HeaderNames.CACHE_CONTROL, "no-store");
    private static final Header JSON = HeaderValues.createCached(HeaderNames.CONTENT_TYPE, "application/json");
    private static final Header ALLOW = HeaderValues.createCached(HeaderNames.ALLOW, "GET, HEAD");
    private static final byte[] NO_BYTES = new byte[0];

    private final List<HealthCheck> checks;
    private final HealthProbe probe;

    /** Answers with {@code checks}, in this order, each run through {@code probe}. */
    public HealthEndpoint(List<? extends HealthCheck> checks, HealthProbe probe) {
        this.checks = List.copyOf(checks);
        this.probe = probe;
    }

    /** Registers the four routes (GET and HEAD; other methods answer 405) on {@code rules}. */
    public void register(HttpRules rules) {
        route(rules, "/health", EnumSet.allOf(HealthKind.class));
        route(rules, "/health/live", EnumSet.of(HealthKind.LIVENESS));
        route(rules, "/health/ready", EnumSet.of(HealthKind.READINESS));
        route(rules, "/health/started", EnumSet.of(HealthKind.STARTUP));
    }

    private void route(HttpRules rules, String path, Set<HealthKind> kinds) {
        List<HealthCheck> selected = of(kinds);
        rules.route(Method.GET, path, (req, res) -> answer(selected, res, false));
        rules.route(Method.HEAD, path, (req, res) -> answer(selected, res, true));
        rules.any(path, HealthEndpoint::methodNotAllowed);
    }

    private List<HealthCheck> of(Set<HealthKind> kinds) {
        return checks.stream().filter(check -> kinds.contains(check.kind())).toList();
    }

    private void answer(List<HealthCheck> selected, ServerResponse res, boolean head) {
        List<HealthProbe.Outcome> outcomes = probe.runAll(selected);
        boolean up = outcomes.stream().allMatch(outcome -> outcome.result().isUp());
        byte[] body = HealthJson.write(up ? HealthStatus.UP : HealthStatus.DOWN, outcomes);
        res.status(up ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503);
        res.header(NO_STORE);
        res.header(JSON);
        if (head) {
            res.headers().contentLength(body.length);
            res.send(NO_BYTES);
        } else {
            res.send(body);
        }
    }

    private static void methodNotAllowed(ServerRequest req, ServerResponse res) {
        res.header(ALLOW);
        ErrorResponses.send(req, res, Problem.of(405, "Method " + req.prologue().method().text()
                + " is not allowed on " + req.path().path() + "; allowed: GET, HEAD"));
    }
}
