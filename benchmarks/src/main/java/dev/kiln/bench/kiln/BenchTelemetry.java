package dev.kiln.bench.kiln;

import dagger.Module;
import dagger.Provides;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.time.Duration;
import java.util.Collection;

/**
 * The bench application's OpenTelemetry: none ({@link OpenTelemetry#noop()}, as an application without the SDK)
 * unless {@code -Dkiln.bench.telemetry=sdk}: then an SDK that samples every trace, exports spans through a batch
 * processor and metrics every 10 s, to sinks that drop them — the whole cost of recording and exporting,
 * without a collector's network and CPU on this machine.
 */
@Module
public final class BenchTelemetry {
    /** {@code off} (default) or {@code sdk}. */
    public static final String PROPERTY = "kiln.bench.telemetry";

    private BenchTelemetry() {}

    @Provides
    static OpenTelemetry openTelemetry() {
        return "sdk".equals(System.getProperty(PROPERTY, "off")) ? sdk() : OpenTelemetry.noop();
    }

    /** The SDK of the "telemetry on" side. */
    public static OpenTelemetrySdk sdk() {
        return OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().setSampler(Sampler.alwaysOn())
                        // No exporter in the composite: the SDK's no-op exporter, which drops each batch.
                        .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build()).build())
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(PeriodicMetricReader
                        .builder(new DroppingMetrics()).setInterval(Duration.ofSeconds(10)).build()).build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build();
    }

    private static final class DroppingMetrics implements MetricExporter {
        @Override
        public CompletableResultCode export(Collection<MetricData> metrics) {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
            return AggregationTemporality.CUMULATIVE;
        }
    }
}
