package dev.kiln.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthProbe;
import dev.kiln.runtime.health.HealthResult;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The request id and the current span on threads a request hands work to, without any SDK: through
 * {@link RequestIds#wrap} and through Kiln's own hand-off of health checks to their virtual threads.
 */
class RequestIdContextTest {
    private static final SpanContext SPAN = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
            TraceFlags.getSampled(), TraceState.getDefault());

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @AfterEach
    void clear() {
        RequestIds.clear();
        pool.shutdownNow();
    }

    @Test
    void aWrappedTaskSeesTheRequestIdOnAnotherThread() throws Exception {
        RequestIds.set(null, "req-7");

        Callable<String> current = RequestIds::current;
        Callable<String> logged = LogContext::requestId;

        assertEquals("req-7", pool.submit(RequestIds.wrap(current)).get());
        assertEquals("req-7", pool.submit(RequestIds.wrap(logged)).get(), "log lines carry it");
        assertNull(pool.submit(current).get(), "a task not wrapped does not");
    }

    @Test
    void healthChecksRunInTheCallersContextWithItsRequestId() {
        RequestIds.set(null, "req-8");
        HealthCheck check = () -> HealthResult.up().withData("traceId", Span.current().getSpanContext().getTraceId())
                .withData("requestId", String.valueOf(RequestIds.current()));

        HealthResult result;
        try (Scope ignored = Context.root().with(Span.wrap(SPAN)).makeCurrent()) {
            result = new HealthProbe(Duration.ofSeconds(5)).run(check);
        }

        assertEquals(SPAN.getTraceId(), result.data().get("traceId"));
        assertEquals("req-8", result.data().get("requestId"));
    }
}
