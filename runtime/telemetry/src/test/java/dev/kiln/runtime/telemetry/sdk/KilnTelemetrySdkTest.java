package dev.kiln.runtime.telemetry.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.util.Map;
import jdk.jfr.FlightRecorder;
import org.junit.jupiter.api.Test;

/** The autoconfigure keys, read as Kiln configuration, reach the SDK. */
class KilnTelemetrySdkTest {
    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    @Test
    void theServiceNameIsTheApplicationsByDefault() {
        try (KilnTelemetrySdk sdk = KilnTelemetrySdk.start(KilnConfig.of(Map.of()), "orders")) {
            assertEquals("orders", sdk.resource().getAttribute(SERVICE_NAME));
        }
    }

    /** The graph's binding: the application's name as the boot names it, kiln.application.name included. */
    @Test
    void theModuleNamesTheServiceAfterTheApplicationAsDeployed() {
        try (KilnTelemetrySdk asGenerated = KilnTelemetryModule.sdk(KilnConfig.of(Map.of()), TestApp.DESCRIPTOR);
             KilnTelemetrySdk renamed = KilnTelemetryModule.sdk(KilnConfig.of(Map.of("kiln.application.name",
                     "work-eu")), TestApp.DESCRIPTOR)) {
            assertEquals("work-app", asGenerated.resource().getAttribute(SERVICE_NAME));
            assertEquals("work-eu", renamed.resource().getAttribute(SERVICE_NAME));
        }
    }

    @Test
    void otelServiceNameAndResourceAttributesOverrideIt() {
        try (KilnTelemetrySdk sdk = KilnTelemetrySdk.start(KilnConfig.of(Map.of("otel.service.name", "orders-eu",
                "otel.resource.attributes", "deployment.environment.name=test,team=shop")), "orders")) {
            assertEquals("orders-eu", sdk.resource().getAttribute(SERVICE_NAME));
            assertEquals("test", sdk.resource().getAttribute(AttributeKey.stringKey("deployment.environment.name")));
            assertEquals("shop", sdk.resource().getAttribute(AttributeKey.stringKey("team")));
        }
    }

    @Test
    void samplingIsOpenTelemetrysDefaultUnlessConfigured() {
        try (KilnTelemetrySdk sdk = KilnTelemetrySdk.start(KilnConfig.of(Map.of()), "orders")) {
            assertEquals("ParentBased{root:AlwaysOnSampler,remoteParentSampled:AlwaysOnSampler,"
                    + "remoteParentNotSampled:AlwaysOffSampler,localParentSampled:AlwaysOnSampler,"
                    + "localParentNotSampled:AlwaysOffSampler}", tracing(sdk).getSdkTracerProvider().getSampler()
                    .getDescription());
        }
        try (KilnTelemetrySdk sdk = KilnTelemetrySdk.start(KilnConfig.ofYaml("""
                otel:
                  traces:
                    sampler: traceidratio
                    sampler.arg: "0.25"
                """), "orders")) {
            assertEquals("TraceIdRatioBased{0.250000}", tracing(sdk).getSdkTracerProvider().getSampler()
                    .getDescription());
        }
    }

    @Test
    void nothingConfiguredExportsNothingAndWarnsOfNothing() {
        try (SdkLogs logs = new SdkLogs()) {
            KilnTelemetrySdk sdk = KilnTelemetrySdk.start(KilnConfig.of(Map.of()), "orders");
            sdk.openTelemetry().getTracer("test").spanBuilder("work").startSpan().end();
            sdk.openTelemetry().getMeter("test").counterBuilder("work.done").build().add(1);
            // Without Kiln's defaults the SDK exports to localhost:4318 here and warns that it failed.
            sdk.close();

            assertEquals("[]", logs.warnings().toString());
            // No exporter: the span processors are the store of /kiln/traces and the service map's edge counter.
            String tracer = tracing(sdk).getSdkTracerProvider().toString();
            assertTrue(tracer.contains(RecentTracesProcessor.class.getName() + "@"), tracer);
            assertTrue(tracer.contains(ServiceGraphProcessor.class.getName() + "@"), tracer);
            assertTrue(!tracer.contains("Batch"), tracer);
        }
    }

    /** Pinned virtual threads are counted from JFR's jdk.VirtualThreadPinned: asking for it starts a recording. */
    @Test
    void pinnedVirtualThreadsStartAJfrRecordingWhenAskedFor() {
        try (KilnTelemetrySdk sdk = KilnTelemetrySdk.start(KilnConfig.of(Map.of(KilnTelemetrySdk.PINNED_KEY, "true")),
                "orders")) {
            assertTrue(FlightRecorder.isInitialized());
        }
    }

    private static OpenTelemetrySdk tracing(KilnTelemetrySdk sdk) {
        return (OpenTelemetrySdk) sdk.openTelemetry();
    }
}
