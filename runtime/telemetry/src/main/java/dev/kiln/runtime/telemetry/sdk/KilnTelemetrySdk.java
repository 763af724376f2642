package dev.kiln.runtime.telemetry.sdk;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.telemetry.MetricsExposition;
import dev.kiln.runtime.telemetry.RecentTraces;
import dev.kiln.runtime.telemetry.ServiceGraph;
import dev.kiln.runtime.telemetry.Telemetry;
import dev.kiln.runtime.telemetry.TelemetrySdk;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.opentelemetry.instrumentation.api.config.IncludeExclude;
import io.opentelemetry.instrumentation.runtimetelemetry.RuntimeTelemetry;
import io.opentelemetry.instrumentation.runtimetelemetry.RuntimeTelemetryBuilder;
import io.opentelemetry.instrumentation.runtimetelemetry.internal.Experimental;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An application's OpenTelemetry SDK: built by OpenTelemetry's autoconfigure from {@link OtelProperties} (never
 * set as the global one, no shutdown hook of its own: the application's stop closes it, after the server), with a
 * {@link PrometheusMetricReader} for {@code /metrics} and the JVM's metrics ({@code opentelemetry-runtime-telemetry}).
 *
 * <p>The spans it samples are also kept, by trace, for {@code /kiln/traces} ({@link RecentTracesProcessor}:
 * {@code kiln.telemetry.traces.max} traces, default 100, of {@code kiln.telemetry.traces.max-spans} spans, default 500).
 *
 * <p>Its spans are also counted as the edges of the service map ({@link ServiceGraphProcessor}: {@code /kiln/service-map}
 * and Tempo's {@code traces_service_graph_*} series on {@code /metrics}); Kiln's clients send the application's name
 * in {@code kiln-caller} ({@link CallerPropagator}); the calls of plain HTTP clients are counted too, unless
 * {@code kiln.service-map.plain-clients} is {@code false} ({@link OutgoingCalls}).
 *
 * <p>When logs are exported ({@code otel.logs.exporter}, or an OTLP endpoint), java.util.logging's records go there
 * too ({@link OtlpLogHandler}, on the root logger while the SDK is open).
 *
 * <p>Kiln's own keys: {@code kiln.telemetry.jvm.enabled} (default {@code true}: memory, GC, CPU, platform
 * threads, classes, from JMX, read at collection; virtual threads mounted and queued and the carriers, from the
 * JDK's virtual-thread scheduler MBean on JDK 24+: {@link VirtualThreadGauges}) and {@code kiln.telemetry.jvm.virtual-thread-pinned} (default
 * {@code false}: {@code jvm.thread.virtual.pinned} needs a JFR recording stream running in the process).
 *
 * <pre>{@code
 * try (KilnTelemetrySdk sdk = KilnTelemetrySdk.start(KilnConfig.load(), "orders")) {
 *     Telemetry telemetry = Telemetry.of(sdk);
 * }
 * }</pre>
 */
public final class KilnTelemetrySdk implements TelemetrySdk {
    /** Whether the JVM's metrics are recorded. */
    public static final String JVM_KEY = "kiln.telemetry.jvm.enabled";
    /** Whether virtual threads pinned to their carrier are counted (through JFR). */
    public static final String PINNED_KEY = "kiln.telemetry.jvm.virtual-thread-pinned";
    private static final String PINNED_METRIC = "jvm.thread.virtual.pinned";
    /** How many recent traces {@code /kiln/traces} keeps (0: none, and no such route). */
    public static final String TRACES_KEY = "kiln.telemetry.traces.max";
    /** How many spans of one trace {@code /kiln/traces} keeps. */
    public static final String TRACE_SPANS_KEY = "kiln.telemetry.traces.max-spans";
    /** Whether the calls of plain HTTP clients are counted for the service map ({@link OutgoingCalls}). */
    public static final String PLAIN_CLIENTS_KEY = "kiln.service-map.plain-clients";
    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    private final OpenTelemetrySdk sdk;
    private final Resource resource;
    private final PrometheusExposition metrics;
    private final RuntimeTelemetry jvm;   // null when off
    private final VirtualThreadGauges virtualThreads;   // null when off
    private final RecentTracesProcessor traces;   // null when off
    private final OtlpLogHandler logs;   // null unless logs are exported
    private final ServiceGraphProcessor graph;

    private KilnTelemetrySdk(OpenTelemetrySdk sdk, Resource resource, PrometheusMetricReader reader,
                             RuntimeTelemetry jvm, RecentTracesProcessor traces, OtlpLogHandler logs,
                             ServiceGraphProcessor graph) {
        this.sdk = sdk;
        this.graph = graph;
        this.traces = traces;
        this.logs = logs;
        this.resource = resource;
        this.metrics = new PrometheusExposition(reader);
        this.jvm = jvm;
        this.virtualThreads = jvm == null ? null : VirtualThreadGauges.register(sdk.getMeter(Telemetry.SCOPE));
    }

    /** Builds and starts the SDK of the application named {@code applicationName} from {@code config}. */
    public static KilnTelemetrySdk start(KilnConfig config, String applicationName) {
        Map<String, String> properties = OtelProperties.from(config, applicationName);
        PrometheusMetricReader reader = PrometheusMetricReader.create();
        int maxTraces = config.getInt(TRACES_KEY, 100);
        RecentTracesProcessor traces = maxTraces <= 0 ? null
                : new RecentTracesProcessor(maxTraces, Math.max(1, config.getInt(TRACE_SPANS_KEY, 500)));
        AtomicReference<Resource> resource = new AtomicReference<>();
        ServiceGraphProcessor graph = new ServiceGraphProcessor(Instant.now());
        OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
                .setComponentLoader(new SenderLoader())
                // Over the SDK's own reading of system properties and environment: KilnConfig has read them
                // already, with its precedence (overrides and arguments above them, application.yaml below).
                .addPropertiesCustomizer(defaults -> properties)
                .addMeterProviderCustomizer((meters, unused) -> meters.registerMetricReader(reader))
                .addTracerProviderCustomizer((tracers, unused) -> traces == null ? tracers.addSpanProcessor(graph)
                        : tracers.addSpanProcessor(traces).addSpanProcessor(graph))
                // Kiln's clients name their application to the servers they call: both ends of an edge are known.
                .addPropagatorCustomizer((propagator, unused) -> new CallerPropagator(propagator, graph::self))
                .addResourceCustomizer((built, unused) -> {
                    resource.set(built);
                    return built;
                })
                .disableShutdownHook()
                .build()
                .getOpenTelemetrySdk();
        RuntimeTelemetry jvm = config.getBoolean(JVM_KEY, true) ? jvm(sdk, config.getBoolean(PINNED_KEY, false)) : null;
        Resource built = resource.get() == null ? Resource.getDefault() : resource.get();
        String serviceName = built.getAttribute(SERVICE_NAME);
        graph.bind(serviceName == null ? applicationName : serviceName,
                new ServiceGraphSeries(sdk.getMeter(Telemetry.SCOPE)));
        if (config.getBoolean(PLAIN_CLIENTS_KEY, true)) {
            OutgoingCalls.register(graph);
        }
        return new KilnTelemetrySdk(sdk, built, reader, jvm, traces,
                "none".equals(properties.get("otel.logs.exporter")) ? null : OtlpLogHandler.install(sdk), graph);
    }

    private static RuntimeTelemetry jvm(OpenTelemetry openTelemetry, boolean pinned) {
        RuntimeTelemetryBuilder builder = RuntimeTelemetry.builder(openTelemetry);
        if (pinned) {
            Experimental.setJfrMetrics(builder, IncludeExclude.builder().setIncluded(PINNED_METRIC).build());
        }
        return builder.build();
    }

    @Override
    public OpenTelemetry openTelemetry() {
        return sdk;
    }

    @Override
    public Optional<MetricsExposition> metrics() {
        return Optional.of(metrics);
    }

    @Override
    public Optional<RecentTraces> traces() {
        return Optional.ofNullable(traces);
    }

    @Override
    public Optional<ServiceGraph> serviceGraph() {
        return Optional.of(graph);
    }

    /** The resource every span and metric carries ({@code service.name}, {@code otel.resource.attributes}, …). */
    public Resource resource() {
        return resource;
    }

    /** Stops the JVM metrics, then shuts the SDK down: pending spans and metrics are exported (up to 10 s). */
    @Override
    public void close() {
        OutgoingCalls.unregister(graph);
        if (logs != null) {
            logs.remove();
        }
        if (jvm != null) {
            virtualThreads.close();
            jvm.close();
        }
        sdk.close();
    }
}
