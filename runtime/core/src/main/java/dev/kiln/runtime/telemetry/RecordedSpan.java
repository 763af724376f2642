package dev.kiln.runtime.telemetry;

import java.util.Map;

/**
 * One finished span as {@code /kiln/traces} shows it, without OpenTelemetry's SDK types.
 *
 * @param traceId      32 hex digits
 * @param spanId       16 hex digits
 * @param parentSpanId the parent's span id, empty for a root (or a span whose parent is in another process, which
 *                     then has {@code remoteParent})
 * @param remoteParent whether the parent came from another process ({@code traceparent} of a request or message)
 * @param service      the {@code service.name} of the application that made it
 * @param name         {@code GET /orders/{id}}, {@code SELECT orders}, {@code process orders}, …
 * @param kind         {@code SERVER}, {@code CLIENT}, {@code PRODUCER}, {@code CONSUMER} or {@code INTERNAL}
 * @param startEpochNanos when it started
 * @param durationNanos how long it took
 * @param error        whether its status is ERROR
 * @param attributes   its attributes, as text
 */
public record RecordedSpan(String traceId, String spanId, String parentSpanId, boolean remoteParent, String service,
                           String name, String kind, long startEpochNanos, long durationNanos, boolean error,
                           Map<String, String> attributes) {
    public RecordedSpan {
        attributes = Map.copyOf(attributes);
    }
}
