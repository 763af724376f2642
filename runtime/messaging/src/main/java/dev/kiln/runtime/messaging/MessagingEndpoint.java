package dev.kiln.runtime.messaging;

import dev.kiln.runtime.http.BadRequestException;
import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.OperationsEndpoint;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.Params;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Objects;

/**
 * The operations endpoints, JSON, {@code Cache-Control: no-store}, over {@link MessagingOperations}. A destination
 * is {@code {events|queue}/{name}}:
 * <ul>
 *   <li>{@code GET /kiln/messaging} →
 *   {@code {"application":"billing","transport":"redis","destinations":[{"kind":"events","name":"orders",
 *   "stream":"kiln:events:orders","deadLetters":0,"groups":[{"group":"billing","pending":3,"lag":1,
 *   "oldestPendingMillis":120}]}]}}</li>
 *   <li>{@code GET /kiln/messaging/events/orders/dead-letters?limit=100} (1 to 10000, default 100), oldest first →
 *   {@code {"destination":"kiln:events:orders","count":1,"deadLetters":[{"id":"1733…-0","group":"billing",
 *   "error":"java.lang.IllegalStateException: …","attempts":5,"deadAt":"…","envelope":{…CloudEvents…}}]}}</li>
 *   <li>{@code GET …/dead-letters/{id}} → that dead letter</li>
 *   <li>{@code POST …/dead-letters/{id}/replay} → {@code {"destination":"kiln:events:orders","replayed":1}}</li>
 *   <li>{@code POST …/dead-letters/replay} (all of them) → {@code {"destination":…,"replayed":12}}</li>
 *   <li>{@code DELETE …/dead-letters} → {@code {"destination":…,"purged":12}}</li>
 * </ul>
 * A destination this application neither publishes to nor consumes, or a dead letter it does not hold, is a 404
 * problem; a kind other than {@code events}/{@code queue} or a bad {@code limit} a 400; a transport that cannot
 * reach its store a 503. Replay and purge change state: they answer only when {@value #WRITE} is {@code true}
 * (default {@code false}; otherwise a 403 problem naming the key), as actuators expose no write operation unless
 * told to. Registered through {@link KilnRoutes}, so the application's global filters (security) guard every
 * route. Pass it with the routers:
 *
 * <pre>{@code
 * KilnBoot.builder(config, DESCRIPTOR).routers(List.of(new OrderApiRouter(...), component.messagingEndpoint()))
 * }</pre>
 */
public final class MessagingEndpoint extends OperationsEndpoint {
    /** {@code kiln.messaging.endpoint.write}: whether replay and purge are served (default false). */
    public static final String WRITE = "kiln.messaging.endpoint.write";
    private static final String BASE = "/kiln/messaging";
    private static final String LETTERS = BASE + "/{kind}/{name}/dead-letters";
    /** Its descriptor: a service named {@code kiln-messaging}. */
    public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("kiln-messaging",
            MessagingEndpoint.class.getName(), List.of(new RouteDescriptor("GET", BASE),
            new RouteDescriptor("GET", LETTERS), new RouteDescriptor("GET", LETTERS + "/{id}"),
            new RouteDescriptor("POST", LETTERS + "/{id}/replay"), new RouteDescriptor("POST", LETTERS + "/replay"),
            new RouteDescriptor("DELETE", LETTERS)));
    private static final Param KIND = Param.path("kind");
    private static final Param NAME = Param.path("name");
    private static final Param ID = Param.path("id");
    private static final Param LIMIT = Param.query("limit");
    private static final int MAX_LIMIT = 10_000;

    private final Messaging messaging;
    private final boolean write;

    /** Read-only: replay and purge answer 403. */
    public MessagingEndpoint(Messaging messaging) {
        this(messaging, false);
    }

    /** With replay and purge served when {@code write} ({@value #WRITE}). */
    public MessagingEndpoint(Messaging messaging, boolean write) {
        super(DESCRIPTOR);
        this.messaging = Objects.requireNonNull(messaging, "messaging");
        this.write = write;
    }

    @Override
    public void routing(KilnRoutes routes) {
        routes.add("GET", BASE, this::overview);
        routes.add("GET", LETTERS, this::deadLetters);
        routes.add("GET", LETTERS + "/{id}", this::deadLetter);
        routes.add("POST", LETTERS + "/{id}/replay", this::replay);
        routes.add("POST", LETTERS + "/replay", this::replayAll);
        routes.add("DELETE", LETTERS, this::purge);
    }

    private void overview(ServerRequest req, ServerResponse res) {
        reachable();
        Responses.uncachedJson(res, 200, MessagingJson.overview(messaging), operations().stats());
    }

    private void deadLetters(ServerRequest req, ServerResponse res) {
        String limitRaw = Params.query(req, LIMIT);
        int limit = Params.toInt(limitRaw == null ? "100" : limitRaw, LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("Query parameter 'limit' must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        Destination destination = destination(req);
        List<DeadLetter> letters = operations().deadLetters(destination, limit);
        long count = operations().deadLetterCount(destination);
        Responses.uncachedJson(res, 200, MessagingJson.deadLetters(destination, count), letters);
    }

    private void deadLetter(ServerRequest req, ServerResponse res) {
        Destination destination = destination(req);
        DeadLetter letter = existing(destination, Params.path(req, ID));
        Responses.uncachedJson(res, 200, MessagingJson.DEAD_LETTER, letter);
    }

    private void replay(ServerRequest req, ServerResponse res) {
        writable();
        Destination destination = destination(req);
        String id = existing(destination, Params.path(req, ID)).id();
        if (!operations().replay(destination, id)) {
            throw gone(destination, id);   // replayed or purged by someone else since it was found
        }
        answer(res, destination, "replayed", 1);
    }

    private void replayAll(ServerRequest req, ServerResponse res) {
        writable();
        Destination destination = destination(req);
        answer(res, destination, "replayed", operations().replayAll(destination));
    }

    private void purge(ServerRequest req, ServerResponse res) {
        writable();
        Destination destination = destination(req);
        answer(res, destination, "purged", operations().purgeDeadLetters(destination));
    }

    private static void answer(ServerResponse res, Destination destination, String what, long count) {
        Responses.uncachedJson(res, 200, MessagingJson.count(destination, what), count);
    }

    private MessagingOperations operations() {
        return messaging.operations();
    }

    /** The destination in the path: one this application publishes to or consumes, else a 404. */
    private Destination destination(ServerRequest req) {
        Destination destination;
        try {
            destination = new Destination(Destination.Kind.of(Params.path(req, KIND)), Params.path(req, NAME));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        reachable();
        if (operations().stats().stream().noneMatch(s -> s.destination().equals(destination))) {
            throw HttpException.notFound("Application '" + messaging.application() + "' neither publishes to nor"
                    + " consumes " + destination);
        }
        return destination;
    }

    private DeadLetter existing(Destination destination, String id) {
        return operations().deadLetter(destination, id).orElseThrow(() -> gone(destination, id));
    }

    private static HttpException gone(Destination destination, String id) {
        return HttpException.notFound("No dead letter '" + id + "' on " + destination);
    }

    // The transport's own words name the address; an HTTP caller gets the fact and where to look.
    private void reachable() {
        if (messaging.transport().connectionProblem().isPresent()) {
            throw HttpException.serviceUnavailable("Messaging cannot reach its " + messaging.transport().type()
                    + " transport; /health/ready says why");
        }
    }

    private void writable() {
        if (!write) {
            throw HttpException.forbidden("Replaying and purging dead letters over HTTP is off: set " + WRITE
                    + "=true (and guard /kiln/** with a security rule)");
        }
    }
}
