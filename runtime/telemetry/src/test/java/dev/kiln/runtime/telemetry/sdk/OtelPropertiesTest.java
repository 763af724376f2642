package dev.kiln.runtime.telemetry.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kiln.runtime.config.KilnConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtelPropertiesTest {

    @Test
    void nothingConfiguredMeansTheApplicationsNameAndNoExporter() {
        Map<String, String> properties = OtelProperties.from(KilnConfig.of(Map.of()), "orders");

        assertEquals(Map.of("otel.service.name", "orders", "otel.traces.exporter", "none",
                "otel.metrics.exporter", "none", "otel.logs.exporter", "none",
                "otel.exporter.otlp.protocol", "http/protobuf"), properties);
    }

    @Test
    void anEndpointLeavesTheExportersToTheSdksDefaultOtlp() {
        Map<String, String> properties = OtelProperties.from(KilnConfig.of(Map.of(
                "otel.exporter.otlp.endpoint", "http://collector:4318", "otel.service.name", "orders-eu")), "orders");

        assertEquals(Map.of("otel.exporter.otlp.endpoint", "http://collector:4318", "otel.service.name", "orders-eu",
                "otel.exporter.otlp.protocol", "http/protobuf"), properties);
    }

    @Test
    void aSignalsOwnEndpointExportsThatSignalOnly() {
        Map<String, String> properties = OtelProperties.from(KilnConfig.of(Map.of(
                "otel.exporter.otlp.traces.endpoint", "http://collector:4318/v1/traces")), "orders");

        assertFalse(properties.containsKey("otel.traces.exporter"));
        assertEquals("none", properties.get("otel.metrics.exporter"));
        assertEquals("none", properties.get("otel.logs.exporter"));
    }

    @Test
    void prometheusIsServedOnMetricsNotByASecondServer() {
        assertEquals("none", OtelProperties.from(KilnConfig.of(Map.of("otel.metrics.exporter", "prometheus")), "a")
                .get("otel.metrics.exporter"));
        assertEquals("otlp,console", OtelProperties.from(KilnConfig.of(Map.of(
                "otel.metrics.exporter", "otlp, prometheus,console")), "a").get("otel.metrics.exporter"));
    }

    @Test
    void aServiceNameInTheResourceAttributesIsNotOverridden() {
        Map<String, String> properties = OtelProperties.from(KilnConfig.of(Map.of(
                "otel.resource.attributes", "service.name=shop,deployment.environment=test")), "orders");

        assertFalse(properties.containsKey("otel.service.name"));
    }

    @Test
    void yamlKeysAtEveryDepthAndListsAsCommaSeparatedValues() {
        Map<String, String> properties = OtelProperties.from(KilnConfig.ofYaml("""
                otel:
                  traces:
                    sampler: parentbased_traceidratio
                    sampler.arg: "0.25"
                  propagators: [tracecontext, baggage]
                  exporter:
                    otlp:
                      protocol: grpc
                      endpoint: http://collector:4317
                """), "orders");

        assertEquals("parentbased_traceidratio", properties.get("otel.traces.sampler"));
        assertEquals("0.25", properties.get("otel.traces.sampler.arg"));
        assertEquals("tracecontext,baggage", properties.get("otel.propagators"));
        assertEquals("grpc", properties.get("otel.exporter.otlp.protocol"));
        assertEquals("http://collector:4317", properties.get("otel.exporter.otlp.endpoint"));
    }

    @Test
    void environmentVariablesAreKeysTheOpenTelemetryWay() {
        // OTEL_EXPORTER_OTLP_TIMEOUT is set for this module's tests (pom.xml, surefire).
        Map<String, String> properties = OtelProperties.from(KilnConfig.load(), "orders");

        assertEquals("7000", properties.get("otel.exporter.otlp.timeout"));
    }
}
