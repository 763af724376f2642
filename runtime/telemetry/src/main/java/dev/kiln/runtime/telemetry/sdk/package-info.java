/**
 * kiln-runtime-telemetry: the OpenTelemetry SDK of a Kiln application ({@link
 * dev.kiln.runtime.telemetry.sdk.KilnTelemetryModule}, {@link dev.kiln.runtime.telemetry.sdk.KilnTelemetrySdk}),
 * configured by OpenTelemetry's autoconfigure keys as Kiln configuration, exporting over OTLP when an endpoint is
 * configured, exposing its metrics on {@code GET /metrics} and recording the JVM's. The only Kiln module that
 * brings the SDK; every other one uses the OpenTelemetry API through {@code dev.kiln.runtime.telemetry.Telemetry}.
 */
package dev.kiln.runtime.telemetry.sdk;
