package dev.kiln.runtime.telemetry.sdk;

import dev.kiln.runtime.telemetry.MetricsExposition;
import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The SDK's metrics, as its {@link PrometheusMetricReader} collects them at each scrape, in Prometheus text 0.0.4
 * or, when the {@code Accept} header asks for it, OpenMetrics 1.0. OpenTelemetry names become Prometheus names
 * the exporter's way: dots to underscores, the unit as a suffix ({@code http.server.request.duration} in
 * {@code s} is {@code http_server_request_duration_seconds}), {@code _total} on counters.
 */
final class PrometheusExposition implements MetricsExposition {
    private final PrometheusMetricReader reader;
    private final ExpositionFormatWriter text = PrometheusTextFormatWriter.create();
    private final ExpositionFormatWriter openMetrics = OpenMetricsTextFormatWriter.create();

    PrometheusExposition(PrometheusMetricReader reader) {
        this.reader = reader;
    }

    @Override
    public String contentType(String accept) {
        return openMetrics.accepts(accept) ? openMetrics.getContentType() : text.getContentType();
    }

    @Override
    public void write(String contentType, OutputStream out) throws IOException {
        ExpositionFormatWriter writer = contentType.equals(openMetrics.getContentType()) ? openMetrics : text;
        writer.write(out, reader.collect());
    }
}
