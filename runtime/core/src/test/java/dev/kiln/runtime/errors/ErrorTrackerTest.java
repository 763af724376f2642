package dev.kiln.runtime.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fingerprint rule and the tracker's bounds, on exceptions with the stack traces the test gives them. */
class ErrorTrackerTest {
    private static final List<String> APP = List.of("com.example.orders");
    private static final StackTraceElement HELIDON = new StackTraceElement("io.helidon.webserver.Http1Connection",
            "handle", "Http1Connection.java", 272);

    private static RuntimeException thrown(RuntimeException e, StackTraceElement... frames) {
        e.setStackTrace(frames);
        return e;
    }

    private static StackTraceElement frame(String type, String method, int line) {
        return new StackTraceElement(type, method, type.substring(type.lastIndexOf('.') + 1) + ".java", line);
    }

    @Test
    void linesMessagesLambdaCountersAndLibraryFramesDoNotChangeTheFingerprint() {
        String a = Fingerprints.of(thrown(new IllegalStateException("order 1"), frame("java.util.HashMap", "get", 10),
                frame("com.example.orders.Orders", "lambda$find$3", 42), HELIDON), APP);
        String b = Fingerprints.of(thrown(new IllegalStateException("order 2"), frame("java.util.TreeMap", "get", 99),
                frame("com.example.orders.Orders", "lambda$find$0", 57), HELIDON), APP);
        assertEquals(a, b);
        assertTrue(a.matches("v1:[0-9a-f]{16}"), a);
        // Another method, another type, or a package that only starts the same: another group.
        assertNotEquals(a, Fingerprints.of(thrown(new IllegalStateException(),
                frame("com.example.orders.Orders", "cancel", 42)), APP));
        assertNotEquals(a, Fingerprints.of(thrown(new IllegalArgumentException("order 1"),
                frame("com.example.orders.Orders", "lambda$find$3", 42)), APP));
        assertEquals(List.of(), Fingerprints.frames(thrown(new IllegalStateException(),
                frame("com.example.ordersx.Orders", "find", 1)), APP).stream()
                .filter(f -> f.getClassName().startsWith("com.example.orders.")).toList());
    }

    @Test
    void onlyTheTopFiveApplicationFramesCountAndWithoutAnyTheTopFramesDo() {
        StackTraceElement[] deep = new StackTraceElement[8];
        for (int i = 0; i < deep.length; i++) {
            deep[i] = frame("com.example.orders.Step" + i, "run", i);
        }
        StackTraceElement[] deeper = deep.clone();
        deeper[7] = frame("com.example.orders.Other", "run", 7);
        assertEquals(Fingerprints.of(thrown(new IllegalStateException(), deep), APP),
                Fingerprints.of(thrown(new IllegalStateException(), deeper), APP));
        assertEquals(5, Fingerprints.frames(thrown(new IllegalStateException(), deep), APP).size());

        RuntimeException library = thrown(new NullPointerException(), HELIDON, frame("java.util.HashMap", "get", 1));
        assertEquals(List.of(HELIDON, frame("java.util.HashMap", "get", 1)), Fingerprints.frames(library, APP));
        assertNotEquals(Fingerprints.of(library, APP), Fingerprints.of(thrown(new NullPointerException(), HELIDON), APP));
    }

    @Test
    void groupsAreBoundedLeastRecentlySeenFirstOut() {
        Instant now = Instant.parse("2026-11-05T10:00:00Z");
        ErrorTracker tracker = new ErrorTracker(APP, 2, 2, () -> now);
        RuntimeException a = thrown(new IllegalStateException("a"), frame("com.example.orders.A", "run", 1));
        RuntimeException b = thrown(new IllegalStateException("b"), frame("com.example.orders.B", "run", 1));
        RuntimeException c = thrown(new IllegalStateException("c"), frame("com.example.orders.C", "run", 1));
        tracker.record(a, "GET /a", "id-1");
        tracker.record(b, "GET /b", "id-2");
        tracker.record(a, "GET /a2", "id-3");   // a seen again: b is now the least recent
        tracker.record(c, "GET /c", "id-4");

        assertEquals(List.of("c", "a"), tracker.groups().stream().map(ErrorGroup::message).toList());
        assertEquals(1, tracker.evicted());
        ErrorGroup groupA = tracker.byErrorId("id-3").orElseThrow();
        assertEquals(List.of("GET /a", "GET /a2"), groupA.where());
        assertEquals(List.of("id-1", "id-3"), groupA.errorIds());
        assertTrue(tracker.byErrorId("id-2").isEmpty());
        // Reading a group is not seeing it: it does not save it from eviction.
        tracker.group(Fingerprints.of(a, APP)).orElseThrow();
        tracker.record(b, "GET /b", null);
        assertEquals(List.of("b", "c"), tracker.groups().stream().map(ErrorGroup::message).toList());
    }

    @Test
    void theTraceIdOfTheCurrentSpanIsKept() {
        ErrorTracker tracker = new ErrorTracker(APP, 10, 10, () -> Instant.EPOCH);
        RuntimeException e = thrown(new IllegalStateException(), frame("com.example.orders.A", "run", 1));
        tracker.record(e, "orders.placed → Notifier.on", null);
        assertNull(tracker.groups().getFirst().traceId());
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        SpanContext context = SpanContext.create(trace, "00f067aa0ba902b7", TraceFlags.getSampled(), TraceState.getDefault());
        try (Scope ignored = Span.wrap(context).makeCurrent()) {
            tracker.record(e, "orders.placed → Notifier.on", null);
        }
        tracker.record(e, "orders.placed → Notifier.on", null);   // no span now: the sample stays
        ErrorGroup group = tracker.groups().getFirst();
        assertEquals(trace, group.traceId());
        assertEquals(3, group.count());
        assertEquals(List.of(), group.errorIds());
    }
}
