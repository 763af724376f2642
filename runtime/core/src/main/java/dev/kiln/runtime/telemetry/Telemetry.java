package dev.kiln.runtime.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The application's OpenTelemetry, as every Kiln runtime module and generated class sees it: one per graph,
 * injected, never global. Without an SDK in the graph (kiln-runtime-telemetry absent, no application binding of
 * {@link OpenTelemetry}) it is {@link #noop()} and {@link #enabled()} is false: instrumented code checks that
 * first and does nothing else, so an application without telemetry pays one final-field read per instrumented
 * step.
 *
 * <pre>{@code
 * if (telemetry.enabled()) {
 *     Span span = telemetry.tracer().spanBuilder("GET /orders/{id}").setSpanKind(SpanKind.SERVER).startSpan();
 *     ...
 * }
 * }</pre>
 *
 * <p>Spans and instruments are made under one instrumentation scope, {@value #SCOPE}, so that a collector can
 * tell Kiln's spans from the application's own.
 *
 * <p>Made {@linkplain #of(TelemetrySdk) from an SDK the graph owns}, it also carries that SDK's {@link #metrics()}
 * (served on {@code /metrics}) and {@link #close() closes} it when the application stops.
 */
public final class Telemetry implements AutoCloseable {
    /** The instrumentation scope of every span and instrument Kiln makes. */
    public static final String SCOPE = "dev.kiln";
    /** The semantic conventions' {@code error.type}: what a failure was (an exception's class, a status). */
    public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    private static final System.Logger LOGGER = System.getLogger(Telemetry.class.getName());
    private static final Telemetry NOOP = new Telemetry(OpenTelemetry.noop(), false, null);

    private final OpenTelemetry openTelemetry;
    private final boolean enabled;
    private final Tracer tracer;
    private final Meter meter;
    private final TelemetrySdk sdk;   // null unless the graph owns the SDK
    private final AtomicBoolean closed = new AtomicBoolean();

    private Telemetry(OpenTelemetry openTelemetry, boolean enabled, TelemetrySdk sdk) {
        this.openTelemetry = openTelemetry;
        this.enabled = enabled;
        this.tracer = openTelemetry.getTracer(SCOPE);
        this.meter = openTelemetry.getMeter(SCOPE);
        this.sdk = sdk;
    }

    /** No telemetry: no spans, no instruments, nothing propagated. */
    public static Telemetry noop() {
        return NOOP;
    }

    /** Telemetry through {@code openTelemetry} (an SDK: kiln-runtime-telemetry's, or one an application binds). */
    public static Telemetry of(OpenTelemetry openTelemetry) {
        Objects.requireNonNull(openTelemetry, "openTelemetry");
        return openTelemetry == OpenTelemetry.noop() ? NOOP : new Telemetry(openTelemetry, true, null);
    }

    /** Telemetry through an SDK the graph owns: its metrics are served, and {@link #close()} closes it. */
    public static Telemetry of(TelemetrySdk sdk) {
        Objects.requireNonNull(sdk, "sdk");
        return new Telemetry(sdk.openTelemetry(), true, sdk);
    }

    /**
     * Marks {@code span} as failed by {@code e}, as every Kiln span does: status ERROR with the exception's message,
     * {@link #ERROR_TYPE} its class name, and the exception recorded as an event. Returns the error type.
     */
    public static String failed(Span span, Throwable e) {
        String type = e.getClass().getName();
        span.setStatus(StatusCode.ERROR, e.getMessage() == null ? type : e.getMessage());
        span.setAttribute(ERROR_TYPE, type);
        span.recordException(e);
        return type;
    }

    /** Whether spans and measurements are recorded; false for {@link #noop()}. */
    public boolean enabled() {
        return enabled;
    }

    public OpenTelemetry openTelemetry() {
        return openTelemetry;
    }

    /** Kiln's tracer ({@value #SCOPE}). */
    public Tracer tracer() {
        return tracer;
    }

    /** Kiln's meter ({@value #SCOPE}). */
    public Meter meter() {
        return meter;
    }

    /** What {@code GET /metrics} serves: the owned SDK's metrics; empty without one (and then no such route). */
    public Optional<MetricsExposition> metrics() {
        return sdk == null ? Optional.empty() : sdk.metrics();
    }

    /** What {@code GET /kiln/traces} serves: the owned SDK's recent traces; empty without one (and then no such route). */
    public Optional<RecentTraces> traces() {
        return sdk == null ? Optional.empty() : sdk.traces();
    }

    /** What {@code GET /kiln/service-map} adds live: the owned SDK's edges seen; empty without one (declared edges only). */
    public Optional<ServiceGraph> serviceGraph() {
        return sdk == null ? Optional.empty() : sdk.serviceGraph();
    }

    /**
     * Closes the SDK the graph owns, once (pending spans and metrics are exported, within the SDK's bounds); does
     * nothing otherwise. The boot calls it when the application stops, after the server and the components.
     */
    @Override
    public void close() {
        if (sdk == null || !closed.compareAndSet(false, true)) {
            return;
        }
        try {
            sdk.close();
        } catch (RuntimeException e) {
            LOGGER.log(System.Logger.Level.WARNING, "Closing the OpenTelemetry SDK failed", e);
        }
    }

    /** How a context crosses a process boundary (W3C {@code traceparent} unless the SDK is configured otherwise). */
    public TextMapPropagator propagator() {
        return openTelemetry.getPropagators().getTextMapPropagator();
    }
}
