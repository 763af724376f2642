package dev.kiln.runtime.telemetry.sdk;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import java.util.List;

/**
 * Grafana Tempo's service-graph series, written from this process's spans: {@code traces_service_graph_request_total},
 * {@code traces_service_graph_request_failed_total}, {@code traces_service_graph_request_server_seconds} and
 * {@code traces_service_graph_request_client_seconds}, labelled {@code client}, {@code server} and
 * {@code connection_type} ({@code ""}, {@code virtual_node}, {@code messaging_system}, {@code database}), with Tempo's
 * default buckets (0.1 s to 12.8 s). Grafana's service graph reads them as it reads Tempo's own.
 *
 * <p>Tempo counts a request once, where it pairs the client's span with the server's. Here each process sees one end:
 * the caller counts the request (and its client seconds) from its CLIENT span; the server records its seconds from its
 * SERVER span, the caller named by the {@code kiln-caller} header ({@link CallerPropagator}); a request with no
 * traced caller (a browser, a plain client) is counted by the server, from {@code client="user"} with
 * {@code connection_type="virtual_node"}, as Tempo does for a root span. Messaging edges go through the destination
 * ({@code events:orders}) as a node of its own, since a producer does not know its consumers.
 */
final class ServiceGraphSeries {
    static final AttributeKey<String> CLIENT = AttributeKey.stringKey("client");
    static final AttributeKey<String> SERVER = AttributeKey.stringKey("server");
    static final AttributeKey<String> CONNECTION_TYPE = AttributeKey.stringKey("connection_type");
    /** Tempo's {@code connection_type} of a plain (HTTP, RPC) call. */
    static final String DIRECT = "";
    static final String VIRTUAL_NODE = "virtual_node";
    static final String MESSAGING = "messaging_system";
    static final String DATABASE = "database";
    /** Tempo's name of the caller of a root span. */
    static final String USER = "user";
    private static final List<Double> TEMPO_BUCKETS = List.of(0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 6.4, 12.8);

    private final LongCounter requests;
    private final LongCounter failed;
    private final DoubleHistogram server;
    private final DoubleHistogram client;

    ServiceGraphSeries(Meter meter) {
        requests = meter.counterBuilder("traces_service_graph_request")
                .setDescription("Requests between two nodes (Tempo's service graph).").build();
        failed = meter.counterBuilder("traces_service_graph_request_failed")
                .setDescription("Failed requests between two nodes (Tempo's service graph).").build();
        server = meter.histogramBuilder("traces_service_graph_request_server").setUnit("s")
                .setDescription("Time the server took for requests between two nodes (Tempo's service graph).")
                .setExplicitBucketBoundariesAdvice(TEMPO_BUCKETS).build();
        client = meter.histogramBuilder("traces_service_graph_request_client").setUnit("s")
                .setDescription("Time the client took for requests between two nodes (Tempo's service graph).")
                .setExplicitBucketBoundariesAdvice(TEMPO_BUCKETS).build();
    }

    /** A request seen from its client's end: counted, and its client seconds. */
    void clientEnd(String from, String to, String connectionType, boolean error, long nanos) {
        Attributes edge = edge(from, to, connectionType);
        count(edge, error);
        client.record(nanos / 1e9, edge);
    }

    /** A request seen from its server's end: its server seconds, and counted when no client end counts it. */
    void serverEnd(String from, String to, String connectionType, boolean counted, boolean error, long nanos) {
        Attributes edge = edge(from, to, connectionType);
        if (counted) {
            count(edge, error);
        }
        server.record(nanos / 1e9, edge);
    }

    private void count(Attributes edge, boolean error) {
        requests.add(1, edge);
        if (error) {
            failed.add(1, edge);
        }
    }

    private static Attributes edge(String from, String to, String connectionType) {
        return Attributes.of(CLIENT, from, SERVER, to, CONNECTION_TYPE, connectionType);
    }
}
