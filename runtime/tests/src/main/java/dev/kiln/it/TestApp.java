package dev.kiln.it;

import dev.kiln.KilnApplication;

/**
 * The application the runtime tests start: it serves {@link ScalarsApi}, {@link DocumentsApi},
 * {@link SecureApi}, {@link ValidationApi} and {@link TracedApi}; its OpenTelemetry is {@link TestTelemetry}'s.
 */
@KilnApplication(modules = TestTelemetry.class)
public final class TestApp {
    private TestApp() {}
}
