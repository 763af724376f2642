package dev.kiln.it;

import dagger.Module;
import dagger.Provides;
import io.opentelemetry.api.OpenTelemetry;

/**
 * The test application's OpenTelemetry: {@link OpenTelemetry#noop()} (no telemetry, as in an application without an
 * SDK) unless a suite {@link #use uses} an SDK with in-memory exporters for the applications it starts next.
 *
 * <pre>{@code
 * TestTelemetry.use(sdk);
 * try (KilnHandle app = TestServer.start()) { ... } finally { TestTelemetry.use(OpenTelemetry.noop()); }
 * }</pre>
 */
@Module
public final class TestTelemetry {
    private static volatile OpenTelemetry current = OpenTelemetry.noop();

    private TestTelemetry() {}

    /** The OpenTelemetry the applications started from now on bind. */
    public static void use(OpenTelemetry openTelemetry) {
        current = openTelemetry;
    }

    @Provides
    static OpenTelemetry openTelemetry() {
        return current;
    }
}
