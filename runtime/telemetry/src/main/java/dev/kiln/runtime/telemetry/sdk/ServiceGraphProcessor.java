package dev.kiln.runtime.telemetry.sdk;

import dev.kiln.runtime.telemetry.ServiceGraph;
import dev.kiln.runtime.telemetry.Telemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the edges this process's spans show, for {@code GET /kiln/service-map} ({@link ServiceGraph}), and writes
 * Tempo's service-graph series ({@link ServiceGraphSeries}). Read at the end of each span from its attributes, by
 * the semantic conventions Kiln's spans follow:
 * <ul>
 *   <li>CLIENT with {@code http.request.method}: {@code http} to {@code peer.service} (a typed client's service),
 *   else to {@code server.address:server.port}</li>
 *   <li>CLIENT with {@code db.system.name}: {@code database} to {@code table:<db.collection.name>}</li>
 *   <li>PRODUCER: {@code publish} to {@code <kind>:<messaging.destination.name>}; CONSUMER: {@code subscribe} from it</li>
 *   <li>SERVER: no edge of the map (its caller counts it), its server seconds in the series (but not for
 *   {@code /kiln/**} and {@code /metrics})</li>
 * </ul>
 * A span failed when it has {@code error.type} (every Kiln span that fails sets it). Untraced calls of plain clients
 * come from {@link OutgoingCalls}. Per edge: calls, errors and a histogram of durations in buckets 19% wide (from
 * 10 µs), whose upper bounds give p50 and p99.
 */
final class ServiceGraphProcessor implements SpanProcessor, ServiceGraph {
    static final AttributeKey<String> CALLER = AttributeKey.stringKey("kiln.caller");
    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> PEER_SERVICE = AttributeKey.stringKey("peer.service");
    private static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    private static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    private static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system.name");
    private static final AttributeKey<String> DB_NAMESPACE = AttributeKey.stringKey("db.namespace");
    private static final AttributeKey<String> DB_COLLECTION = AttributeKey.stringKey("db.collection.name");
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    private static final AttributeKey<String> DESTINATION_KIND = AttributeKey.stringKey("kiln.messaging.destination.kind");
    private static final double SMALLEST_MS = 0.01;
    private static final int BUCKETS = 112;   // 0.01 ms × 2^(111/4): past 2 h

    private final Instant since;
    private final Map<List<String>, Stats> edges = new ConcurrentHashMap<>();
    private volatile String self = "";
    private volatile ServiceGraphSeries series;   // null until the SDK's meters exist

    ServiceGraphProcessor(Instant since) {
        this.since = since;
    }

    /** Names this process's application ({@code service.name}) and starts writing the series through {@code series}. */
    void bind(String self, ServiceGraphSeries series) {
        this.self = self;
        this.series = series;
    }

    String self() {
        return self;
    }

    /** Counts a call a plain client made to {@code address} ({@code host:port}). */
    void untraced(String address) {
        edges.computeIfAbsent(List.of("http", address, "untraced"), k -> new Stats()).count(false, -1);
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        if (span.getKind() == SpanKind.SERVER) {
            String caller = CallerPropagator.caller(parentContext);
            if (caller != null) {
                span.setAttribute(CALLER, caller);
            }
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        boolean error = span.getAttribute(Telemetry.ERROR_TYPE) != null;
        long nanos = span.getLatencyNanos();
        ServiceGraphSeries out = series;
        switch (span.getKind()) {
            case CLIENT -> {
                String system = span.getAttribute(DB_SYSTEM);
                if (system != null) {
                    String table = span.getAttribute(DB_COLLECTION);
                    if (table != null) {
                        record("database", "table:" + table, error, nanos);
                    }
                    String namespace = span.getAttribute(DB_NAMESPACE);
                    if (out != null) {
                        out.clientEnd(self, namespace == null ? system : namespace, ServiceGraphSeries.DATABASE, error,
                                nanos);
                    }
                } else if (span.getAttribute(METHOD) != null && span.getAttribute(SERVER_ADDRESS) != null) {
                    String peer = span.getAttribute(PEER_SERVICE);
                    if (peer == null) {
                        Long port = span.getAttribute(SERVER_PORT);
                        peer = span.getAttribute(SERVER_ADDRESS) + (port == null ? "" : ":" + port);
                    }
                    record("http", peer, error, nanos);
                    if (out != null) {
                        out.clientEnd(self, peer, ServiceGraphSeries.DIRECT, error, nanos);
                    }
                }
            }
            case PRODUCER, CONSUMER -> {
                String destination = span.getAttribute(DESTINATION);
                if (destination != null) {
                    String kind = span.getAttribute(DESTINATION_KIND);
                    String node = (kind == null ? "events" : kind) + ":" + destination;
                    boolean producer = span.getKind() == SpanKind.PRODUCER;
                    record(producer ? "publish" : "subscribe", node, error, nanos);
                    if (out != null && producer) {
                        out.clientEnd(self, node, ServiceGraphSeries.MESSAGING, error, nanos);
                    } else if (out != null) {
                        out.serverEnd(node, self, ServiceGraphSeries.MESSAGING, true, error, nanos);
                    }
                }
            }
            case SERVER -> {
                String route = span.getAttribute(ROUTE);
                // Kiln's own endpoints (the dashboard's polling, the map reading other instances) are not the system's
                // traffic: they would draw every operator's browser as a caller.
                if (out != null && (route == null || !(route.startsWith("/kiln/") || route.equals("/metrics")))) {
                    String caller = span.getAttribute(CALLER);
                    out.serverEnd(caller == null ? ServiceGraphSeries.USER : caller, self,
                            caller == null ? ServiceGraphSeries.VIRTUAL_NODE : ServiceGraphSeries.DIRECT,
                            caller == null, error, nanos);
                }
            }
            default -> { }
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    private void record(String kind, String peer, boolean error, long nanos) {
        edges.computeIfAbsent(List.of(kind, peer, "traced"), k -> new Stats()).count(error, nanos);
    }

    @Override
    public Instant observedSince() {
        return since;
    }

    @Override
    public List<Edge> edges() {
        List<Edge> out = new ArrayList<>(edges.size());
        edges.forEach((key, stats) -> out.add(stats.edge(key.get(0), key.get(1), key.get(2).equals("traced"))));
        return out;
    }

    /** One edge's figures; a short lock per span (the edge's own, not the map's). */
    private static final class Stats {
        private long calls;
        private long errors;
        private final long[] buckets = new long[BUCKETS];

        synchronized void count(boolean error, long nanos) {
            calls++;
            errors += error ? 1 : 0;
            if (nanos >= 0) {
                double ms = nanos / 1e6;
                int bucket = ms <= SMALLEST_MS ? 0 : (int) Math.ceil(4 * Math.log(ms / SMALLEST_MS) / Math.log(2));
                buckets[Math.min(bucket, BUCKETS - 1)]++;
            }
        }

        synchronized Edge edge(String kind, String peer, boolean traced) {
            return new Edge(kind, peer, traced, calls, errors, traced ? percentile(0.50) : Double.NaN,
                    traced ? percentile(0.99) : Double.NaN);
        }

        /** The upper bound of the bucket holding the {@code q} quantile, rounded to 0.001 ms. */
        private double percentile(double q) {
            long total = 0;
            for (long b : buckets) {
                total += b;
            }
            long rank = (long) Math.ceil(q * total);
            long seen = 0;
            for (int i = 0; i < BUCKETS; i++) {
                seen += buckets[i];
                if (seen >= rank && seen > 0) {
                    return Math.round(SMALLEST_MS * Math.pow(2, i / 4.0) * 1000) / 1000.0;
                }
            }
            return Double.NaN;
        }
    }
}
