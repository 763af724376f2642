package dev.kiln.runtime.servicemap;

import java.util.Map;

/**
 * The live figures of one edge, summed over the instances that saw it: calls and errors add up; each percentile is
 * the largest any instance reported (an instance sends its percentiles, not its histogram, so the merged figure is
 * an upper bound: the slowest instance's, never an average that hides it).
 */
final class EdgeFigures {
    long calls;
    long errors;
    /** Whether some instance traced the calls (else only counted: no errors or durations). */
    boolean traced;
    double p50Ms = Double.NaN;
    double p99Ms = Double.NaN;

    /** Adds one instance's figures, as its {@code scope=local} edge carries them. */
    void add(Map<String, Object> edge) {
        calls += (long) number(edge.get("calls"), 0);
        boolean tracedHere = Boolean.TRUE.equals(edge.get("traced"));
        if (tracedHere) {
            traced = true;
            errors += (long) number(edge.get("errors"), 0);
            p50Ms = max(p50Ms, number(edge.get("p50Ms"), Double.NaN));
            p99Ms = max(p99Ms, number(edge.get("p99Ms"), Double.NaN));
        }
    }

    /** Adds figures counted here. */
    void add(long calls, long errors, boolean traced, double p50Ms, double p99Ms) {
        this.calls += calls;
        if (traced) {
            this.traced = true;
            this.errors += errors;
            this.p50Ms = max(this.p50Ms, p50Ms);
            this.p99Ms = max(this.p99Ms, p99Ms);
        }
    }

    private static double max(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    private static double number(Object value, double fallback) {
        return value instanceof Number n ? n.doubleValue() : fallback;
    }
}
