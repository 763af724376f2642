package dev.kiln.runtime.boot;

import dev.kiln.runtime.config.KilnConfig;
import java.time.Duration;

/** The {@code server.*} configuration KilnBoot reads, with its defaults; the limits on clients in {@link ServerLimits}. */
record ServerSettings(String host, int port, long maxPayloadSize, Duration shutdownTimeout, String advertisedHost,
                      Duration requestTimeout, ServerLimits limits) {
    static final int DEFAULT_PORT = 8080;
    static final String DEFAULT_HOST = "0.0.0.0";
    static final long DEFAULT_MAX_PAYLOAD = 10L << 20;
    static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);
    // Off unless configured: measured at a few microseconds per request (docs/PERFORMANCE.md), which a
    // service that needs the bound pays knowingly.
    static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ZERO;

    static ServerSettings from(KilnConfig config) {
        String host = config.get("server.host", DEFAULT_HOST);
        int port = config.getInt("server.port", DEFAULT_PORT);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Configuration 'server.port' must be 0 (any free port) to 65535, but is " + port);
        }
        long maxPayload = config.getBytes("server.max-payload-size", DEFAULT_MAX_PAYLOAD);
        Duration shutdown = config.getDuration("server.shutdown-timeout", DEFAULT_SHUTDOWN_TIMEOUT);
        if (shutdown.isNegative()) {
            throw new IllegalArgumentException("Configuration 'server.shutdown-timeout' must not be negative, but is " + shutdown);
        }
        Duration requestTimeout = config.getDuration("server.request-timeout", DEFAULT_REQUEST_TIMEOUT);
        if (requestTimeout.isNegative()) {
            throw new IllegalArgumentException("Configuration 'server.request-timeout' must not be negative (0 turns "
                    + "it off), but is " + requestTimeout);
        }
        // A wildcard bind address is not an address anyone can call: advertise localhost unless told otherwise.
        boolean wildcard = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
        String advertised = config.get("server.advertised-host", wildcard ? "localhost" : host);
        return new ServerSettings(host, port, maxPayload, shutdown, advertised, requestTimeout, ServerLimits.from(config));
    }

    /** {@code 30s}, {@code 1500ms}: how a duration is quoted to clients. */
    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
