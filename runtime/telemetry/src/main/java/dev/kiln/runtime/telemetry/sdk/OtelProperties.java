package dev.kiln.runtime.telemetry.sdk;

import dev.kiln.runtime.config.KilnConfig;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * OpenTelemetry's autoconfigure keys as Kiln reads them: every {@code otel.*} key {@link KilnConfig} has (its
 * overrides, arguments, system properties, environment — {@code OTEL_EXPORTER_OTLP_ENDPOINT} is
 * {@code otel.exporter.otlp.endpoint} — and {@code application.yaml}, in that precedence), with Kiln's defaults
 * where the autoconfigure ones misbehave on a laptop:
 * <ul>
 *   <li>{@code otel.service.name}: the application's name, unless {@code otel.resource.attributes} names one;</li>
 *   <li>{@code otel.traces.exporter}, {@code otel.metrics.exporter}, {@code otel.logs.exporter}: {@code none}
 *   unless an OTLP endpoint is configured ({@code otel.exporter.otlp.endpoint} or the signal's own
 *   {@code otel.exporter.otlp.<signal>.endpoint}) — the autoconfigure default, OTLP to localhost:4318, retries
 *   and logs warnings where no collector runs;</li>
 *   <li>{@code otel.exporter.otlp.protocol}: {@code http/protobuf}, the specification's default (the Java SDK's
 *   is {@code grpc}); {@code grpc} works too;</li>
 *   <li>{@code prometheus} is dropped from {@code otel.metrics.exporter}: {@code /metrics} on the application's
 *   port serves those metrics, not a second HTTP server.</li>
 * </ul>
 *
 * <pre>{@code
 * OtelProperties.from(KilnConfig.of(Map.of("otel.exporter.otlp.endpoint", "http://collector:4318")), "orders")
 * // {otel.exporter.otlp.endpoint=http://collector:4318, otel.service.name=orders,
 * //  otel.exporter.otlp.protocol=http/protobuf}
 * }</pre>
 */
final class OtelProperties {
    static final String SERVICE_NAME = "otel.service.name";
    static final String RESOURCE_ATTRIBUTES = "otel.resource.attributes";
    static final String OTLP_ENDPOINT = "otel.exporter.otlp.endpoint";
    static final String OTLP_PROTOCOL = "otel.exporter.otlp.protocol";
    private static final List<String> SIGNALS = List.of("traces", "metrics", "logs");

    private OtelProperties() {}

    /** The keys for the SDK of the application named {@code applicationName}. */
    static Map<String, String> from(KilnConfig config, String applicationName) {
        Map<String, String> properties = new LinkedHashMap<>();
        collect(config, "otel", properties);
        if (!properties.containsKey(SERVICE_NAME)
                && !properties.getOrDefault(RESOURCE_ATTRIBUTES, "").contains("service.name=")) {
            properties.put(SERVICE_NAME, applicationName);
        }
        for (String signal : SIGNALS) {
            String exporter = "otel." + signal + ".exporter";
            if (!properties.containsKey(exporter) && !properties.containsKey(OTLP_ENDPOINT)
                    && !properties.containsKey("otel.exporter.otlp." + signal + ".endpoint")) {
                properties.put(exporter, "none");
            }
        }
        // The specification's default (port 4318), sent by the JDK's HttpClient; the Java SDK's own is still grpc.
        properties.putIfAbsent(OTLP_PROTOCOL, "http/protobuf");
        String metrics = properties.get("otel.metrics.exporter");
        if (metrics != null) {
            String withoutPrometheus = Arrays.stream(metrics.split(",")).map(String::strip)
                    .filter(name -> !name.isEmpty() && !name.equals("prometheus")).collect(Collectors.joining(","));
            properties.put("otel.metrics.exporter", withoutPrometheus.isEmpty() ? "none" : withoutPrometheus);
        }
        return properties;
    }

    /**
     * Every key at and below {@code key}: a key can be a value and a parent at once ({@code otel.traces.sampler}
     * and {@code otel.traces.sampler.arg}); a YAML list ({@code otel.propagators: [tracecontext, baggage]}) is the
     * comma-separated value the SDK expects.
     */
    private static void collect(KilnConfig config, String key, Map<String, String> properties) {
        config.get(key).ifPresentOrElse(value -> properties.put(key, value.strip()), () -> {
            List<String> list = config.getList(key);
            if (!list.isEmpty()) {
                properties.put(key, String.join(",", list));
            }
        });
        for (String child : config.childNames(key)) {
            if (!child.chars().allMatch(Character::isDigit)) {
                collect(config, key + "." + child, properties);
            }
        }
    }
}
