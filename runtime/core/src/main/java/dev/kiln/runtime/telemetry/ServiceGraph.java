package dev.kiln.runtime.telemetry;

import java.time.Instant;
import java.util.List;

/**
 * The edges this process has seen leave it, counted from the spans it ended since {@link #observedSince()}:
 * what {@code GET /kiln/service-map} adds to the compile-time graph. kiln-runtime-telemetry's SDK keeps it
 * (Kiln's CLIENT spans of typed clients and repositories, its PRODUCER and CONSUMER spans, and the outgoing calls
 * of plain HTTP clients that Kiln's telemetry does not trace).
 *
 * <pre>{@code
 * for (ServiceGraph.Edge e : graph.edges()) System.out.println(e.kind() + " → " + e.peer() + ": " + e.calls());
 * }</pre>
 */
public interface ServiceGraph {

    /**
     * One kind of call to one peer, with its figures so far.
     *
     * @param kind   {@code http}, {@code publish}, {@code subscribe} or {@code database}
     * @param peer   who was called: for {@code http} the logical service a typed client names
     *               ({@code catalog}), else the address called ({@code 10.0.0.5:8080}); {@code events:orders} or
     *               {@code queue:emails} for messaging (for {@code subscribe} the source); {@code table:orders}
     * @param traced whether a span recorded the calls (false: a plain HTTP client's calls, counted only, with no
     *               errors or durations)
     * @param calls  how many
     * @param errors how many failed (their span has {@code error.type})
     * @param p50Ms  the median duration in milliseconds (the upper bound of its histogram bucket), NaN when untraced
     * @param p99Ms  the 99th percentile, likewise
     */
    record Edge(String kind, String peer, boolean traced, long calls, long errors, double p50Ms, double p99Ms) {}

    /** When this process started observing: a declared edge not seen for long enough is flagged. */
    Instant observedSince();

    /** The edges seen so far, in no particular order. */
    List<Edge> edges();
}
