package dev.kiln.it;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the generated {@code KilnTestApp} the way the suites need it: an ephemeral port and a 64 KB
 * body limit, so that 413 is cheap to provoke.
 *
 * <pre>{@code
 * KilnHandle app = TestServer.start();
 * DocumentsApi documents = DocumentsApiClient.create(app.uri());
 * }</pre>
 */
final class TestServer {
    /** {@code server.max-payload-size} of every test server, in bytes. */
    static final int MAX_PAYLOAD = 64 * 1024;

    private TestServer() {}

    /** A fresh app on a free port. */
    static KilnHandle start() {
        return start(Map.of());
    }

    /** A fresh app on a free port, with extra configuration. */
    static KilnHandle start(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>();
        values.put("server.port", "0");
        values.put("server.max-payload-size", "64KB");
        values.put("server.shutdown-timeout", "5s");
        values.putAll(extra);
        return KilnTestApp.start(KilnConfig.of(values));
    }
}
