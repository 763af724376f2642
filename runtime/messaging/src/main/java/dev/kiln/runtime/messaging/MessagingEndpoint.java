package dev.kiln.runtime.messaging;

import dev.kiln.runtime.http.BadRequestException;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.Params;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The operations endpoints, JSON, {@code Cache-Control: no-store}:
 * <ul>
 *   <li>{@code GET /kiln/messaging} →
 *   {@code {"application":"billing","transport":"redis","destinations":[{"kind":"events","name":"orders",
 *   "stream":"kiln:events:orders","deadLetters":0,"groups":[{"group":"billing","pending":3,"lag":1,
 *   "oldestPendingMillis":120}]}]}}</li>
 *   <li>{@code GET /kiln/messaging/{events|queue}/{name}/dead-letters?limit=100} →
 *   {@code {"destination":"kiln:events:orders","count":1,"deadLetters":[{"id":"1733…-0","group":"billing",
 *   "error":"java.lang.IllegalStateException: …","attempts":5,"deadAt":"…","envelope":{…CloudEvents…}}]}}</li>
 * </ul>
 * Replay and purge are in the Java API ({@link MessagingOperations}). Registered through {@link KilnRoutes}, so
 * the application's global filters (security) guard it. Pass it with the routers:
 *
 * <pre>{@code
 * KilnBoot.builder(config, DESCRIPTOR).routers(List.of(new OrderApiRouter(...), component.messagingEndpoint()))
 * }</pre>
 */
public final class MessagingEndpoint implements KilnRouter {
    /** Its descriptor: a service named {@code kiln-messaging}. */
    public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("kiln-messaging",
            MessagingEndpoint.class.getName(), List.of(new RouteDescriptor("GET", "/kiln/messaging"),
            new RouteDescriptor("GET", "/kiln/messaging/{kind}/{name}/dead-letters")));
    private static final Param KIND = Param.path("kind");
    private static final Param NAME = Param.path("name");
    private static final Param LIMIT = Param.query("limit");

    private final Messaging messaging;

    public MessagingEndpoint(Messaging messaging) {
        this.messaging = Objects.requireNonNull(messaging, "messaging");
    }

    @Override
    public void routing(KilnRoutes routes) {
        routes.add("GET", "/kiln/messaging", this::overview);
        routes.add("GET", "/kiln/messaging/{kind}/{name}/dead-letters", this::deadLetters);
    }

    @Override
    public ServiceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Served, not registered: {@code /kiln/messaging} is an operations endpoint, not a service to discover. */
    @Override
    public boolean announced() {
        return false;
    }

    private void overview(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Responses.json(res, 200, new OverviewCodec(messaging), messaging.operations().stats());
    }

    private void deadLetters(ServerRequest req, ServerResponse res) {
        Destination destination;
        try {
            destination = new Destination(Destination.Kind.of(Params.path(req, KIND)), Params.path(req, NAME));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        String limitRaw = Params.query(req, LIMIT);
        int limit = Params.toInt(limitRaw == null ? "100" : limitRaw, LIMIT);
        if (limit < 1 || limit > 10_000) {
            throw new BadRequestException("Query parameter 'limit' must be between 1 and 10000");
        }
        MessagingOperations operations = messaging.operations();
        List<DeadLetter> letters = operations.deadLetters(destination, limit);
        long count = operations.deadLetterCount(destination);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Responses.json(res, 200, new DeadLettersCodec(destination, count), letters);
    }

    private abstract static class WriteOnly<T> implements JsonCodec<T> {
        @Override
        public T read(JsonParser parser) {
            throw new UnsupportedOperationException("only written");
        }
    }

    private static final class OverviewCodec extends WriteOnly<List<DestinationStats>> {
        private final Messaging messaging;

        OverviewCodec(Messaging messaging) {
            this.messaging = messaging;
        }

        @Override
        public void write(JsonGenerator g, List<DestinationStats> destinations) {
            g.writeStartObject();
            g.writeStringProperty("application", messaging.application());
            g.writeStringProperty("transport", messaging.transport().type());
            g.writeName("destinations");
            g.writeStartArray();
            for (DestinationStats stats : destinations) {
                g.writeStartObject();
                g.writeStringProperty("kind", stats.destination().kind().label());
                g.writeStringProperty("name", stats.destination().name());
                g.writeStringProperty("stream", stats.destination().stream());
                g.writeNumberProperty("deadLetters", stats.deadLetters());
                g.writeName("groups");
                g.writeStartArray();
                for (GroupStats group : stats.groups()) {
                    g.writeStartObject();
                    g.writeStringProperty("group", group.group());
                    g.writeNumberProperty("pending", group.pending());
                    g.writeNumberProperty("lag", group.lag());
                    g.writeNumberProperty("oldestPendingMillis", group.oldestPendingAge().toMillis());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static final class DeadLettersCodec extends WriteOnly<List<DeadLetter>> {
        private final Destination destination;
        private final long count;

        DeadLettersCodec(Destination destination, long count) {
            this.destination = destination;
            this.count = count;
        }

        @Override
        public void write(JsonGenerator g, List<DeadLetter> letters) {
            g.writeStartObject();
            g.writeStringProperty("destination", destination.stream());
            g.writeNumberProperty("count", count);
            g.writeName("deadLetters");
            g.writeStartArray();
            for (DeadLetter letter : letters) {
                g.writeStartObject();
                g.writeStringProperty("id", letter.id());
                g.writeStringProperty("group", letter.group());
                g.writeStringProperty("error", letter.error());
                g.writeNumberProperty("attempts", letter.attempts());
                g.writeStringProperty("deadAt", letter.deadAt().toString());
                g.writeName("envelope");
                EnvelopeCodec.INSTANCE.write(g, letter.envelope());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
