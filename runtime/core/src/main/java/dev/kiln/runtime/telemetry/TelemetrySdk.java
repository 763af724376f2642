package dev.kiln.runtime.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import java.util.Optional;

/**
 * An OpenTelemetry SDK the graph made and owns: kiln-runtime-telemetry's module binds one. The graph's
 * {@link Telemetry} records through {@link #openTelemetry()}, serves {@link #metrics()} on {@code /metrics}, and
 * {@link #close() closes} it when the application stops, after the server (so that the last spans are flushed).
 * An SDK bound as a plain {@link OpenTelemetry} (a test's in-memory one) is the application's to close.
 *
 * <pre>{@code
 * @Provides @Singleton static TelemetrySdk sdk(KilnConfig config) { return MySdk.from(config); }
 * }</pre>
 */
public interface TelemetrySdk extends AutoCloseable {

    /** What spans and instruments are made through. */
    OpenTelemetry openTelemetry();

    /** The metrics {@code GET /metrics} writes; empty when this SDK exposes none. */
    Optional<MetricsExposition> metrics();

    /** The recent traces {@code GET /kiln/traces} serves; empty when this SDK keeps none. */
    default Optional<RecentTraces> traces() {
        return Optional.empty();
    }

    /** The edges {@code GET /kiln/service-map} shows as seen; empty when this SDK counts none. */
    default Optional<ServiceGraph> serviceGraph() {
        return Optional.empty();
    }

    /** Flushes what is pending (bounded) and stops exporting. */
    @Override
    void close();
}
