package dev.kiln.runtime.messaging;

import dev.kiln.runtime.telemetry.Telemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An OpenTelemetry SDK with in-memory exporters, as one service of a test sees it (two services: two of these):
 * W3C propagation, every span sampled and exported when it ends, metrics read on demand. Shared through this
 * module's test-jar with messaging-redis, data and cache.
 */
public final class TestTelemetry implements AutoCloseable {
    public final InMemorySpanExporter spans = InMemorySpanExporter.create();
    public final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    public final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    public final Telemetry telemetry = Telemetry.of(sdk);

    /** The ended spans named {@code name}, in the order they ended. */
    public List<SpanData> named(String name) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).toList();
    }

    /** Waits (bounded) until {@code count} spans named {@code name} have ended, and returns them. */
    public List<SpanData> await(String name, int count) {
        Await.until(() -> "spans " + name + ": " + spans.getFinishedSpanItems(), Duration.ofSeconds(10),
                () -> named(name).size() >= count);
        return named(name);
    }

    /** The only ended span named {@code name}. */
    public SpanData one(String name) {
        List<SpanData> found = await(name, 1);
        if (found.size() != 1) {
            throw new AssertionError("One span " + name + " expected: " + found);
        }
        return found.getFirst();
    }

    /** Reads the metrics now. */
    public Collection<MetricData> collect() {
        return metrics.collectAllMetrics();
    }

    /** The metric named {@code name} in {@code collected}, if recorded. */
    public static Optional<MetricData> metric(Collection<MetricData> collected, String name) {
        return collected.stream().filter(m -> m.getName().equals(name)).findFirst();
    }

    /**
     * The value of the point of {@code name} (a sum or a gauge) whose attributes include {@code key}={@code value},
     * or null when there is none.
     */
    public static Number value(Collection<MetricData> collected, String name, AttributeKey<String> key, String value) {
        MetricData metric = metric(collected, name).orElse(null);
        if (metric == null) {
            return null;
        }
        for (PointData point : metric.getData().getPoints()) {
            if (value.equals(point.getAttributes().get(key))) {
                return switch (point) {
                    case io.opentelemetry.sdk.metrics.data.LongPointData l -> l.getValue();
                    case io.opentelemetry.sdk.metrics.data.DoublePointData d -> d.getValue();
                    case io.opentelemetry.sdk.metrics.data.HistogramPointData h -> h.getCount();
                    default -> throw new AssertionError("Not a number: " + point);
                };
            }
        }
        return null;
    }

    /** The attributes of every point of {@code name}. */
    public static List<Attributes> points(Collection<MetricData> collected, String name) {
        return metric(collected, name).map(m -> m.getData().getPoints().stream().map(PointData::getAttributes)
                .toList()).orElse(List.of());
    }

    @Override
    public void close() {
        sdk.close();
    }
}
