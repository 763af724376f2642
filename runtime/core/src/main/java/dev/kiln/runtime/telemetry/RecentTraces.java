package dev.kiln.runtime.telemetry;

import java.util.List;

/**
 * The application's recent traces, kept in process and bounded: what {@code GET /kiln/traces} serves.
 * kiln-runtime-telemetry's SDK keeps them (the spans this process recorded and sampled; a trace that crossed other
 * services shows this service's part, and those services show theirs).
 *
 * <pre>{@code
 * for (RecentTraces.Summary t : traces.recent()) System.out.println(t.traceId() + " " + t.root() + " " + t.spans());
 * traces.trace(traceId);   // its spans, in start order
 * }</pre>
 */
public interface RecentTraces {

    /**
     * A kept trace.
     *
     * @param traceId         32 hex digits
     * @param root            the name of its first span recorded here
     * @param startEpochNanos when its first span here started
     * @param durationNanos   from the first start to the last end here
     * @param spans           how many of its spans are kept
     * @param errors          how many of them ended with status ERROR
     */
    record Summary(String traceId, String root, long startEpochNanos, long durationNanos, int spans, int errors) {}

    /** The kept traces, the most recently started first. */
    List<Summary> recent();

    /** The spans of {@code traceId} recorded here, in start order; empty when it is not kept. */
    List<RecordedSpan> trace(String traceId);
}
