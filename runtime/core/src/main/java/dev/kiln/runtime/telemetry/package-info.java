/**
 * OpenTelemetry as Kiln's runtime sees it: {@link dev.kiln.runtime.telemetry.Telemetry}, one per application
 * graph, a no-op unless an SDK is bound ({@code kiln-runtime-telemetry} binds one). Only the OpenTelemetry API is
 * used here; the SDK lives in kiln-runtime-telemetry alone.
 */
package dev.kiln.runtime.telemetry;
