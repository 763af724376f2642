package dev.kiln.runtime.boot;

import dev.kiln.runtime.config.KilnConfig;
import java.time.Duration;

/**
 * The {@code server.*} limits that bound what one client may hold or send, with their defaults (see
 * {@code docs/hardening.md} for why each default is what it is and how to tune it behind a proxy). Helidon enforces
 * the request line, header size, idle and concurrent-request limits itself; {@link ConnectionGuard} enforces the
 * head and body read timeouts, the header count and the connection limit, which Helidon lacks.
 *
 * @param headerTimeout         time from a request's first byte to the end of its headers (slowloris); 408 and close
 * @param idleTimeout           how long a keep-alive connection may wait for its next request; closed silently
 * @param bodyReadTimeout       how long one read of a request body may wait for the client's next bytes; 408 and close
 * @param maxRequestLine        bytes of the request line ({@code GET /path HTTP/1.1}); 414
 * @param maxHeaderSize         bytes of all headers together; 431
 * @param maxHeaderCount        number of header fields; 431
 * @param maxConnections        open connections; one more is answered 503 and closed
 * @param maxConcurrentRequests requests handled at once, {@code 0} for no limit; one more is answered 503
 */
record ServerLimits(Duration headerTimeout, Duration idleTimeout, Duration bodyReadTimeout, int maxRequestLine,
                    int maxHeaderSize, int maxHeaderCount, int maxConnections, int maxConcurrentRequests) {
    static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(75);
    static final Duration DEFAULT_BODY_READ_TIMEOUT = Duration.ofSeconds(30);
    static final int DEFAULT_MAX_REQUEST_LINE = 8 << 10;
    static final int DEFAULT_MAX_HEADER_SIZE = 16 << 10;
    static final int DEFAULT_MAX_HEADER_COUNT = 100;
    static final int DEFAULT_MAX_CONNECTIONS = 10_000;

    static ServerLimits from(KilnConfig config) {
        return new ServerLimits(
                positive(config, "server.header-timeout", DEFAULT_HEADER_TIMEOUT),
                positive(config, "server.idle-timeout", DEFAULT_IDLE_TIMEOUT),
                positive(config, "server.body-read-timeout", DEFAULT_BODY_READ_TIMEOUT),
                bytes(config, "server.max-request-line", DEFAULT_MAX_REQUEST_LINE, 256),
                bytes(config, "server.max-header-size", DEFAULT_MAX_HEADER_SIZE, 1024),
                atLeast(config, "server.max-header-count", DEFAULT_MAX_HEADER_COUNT, 8),
                atLeast(config, "server.max-connections", DEFAULT_MAX_CONNECTIONS, 1),
                atLeast(config, "server.max-concurrent-requests", 0, 0));
    }

    private static Duration positive(KilnConfig config, String key, Duration defaultValue) {
        Duration value = config.getDuration(key, defaultValue);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("Configuration '" + key + "' must be positive, but is " + value
                    + "; the default is " + ServerSettings.describe(defaultValue));
        }
        return value;
    }

    private static int bytes(KilnConfig config, String key, int defaultValue, int minimum) {
        long value = config.getBytes(key, defaultValue);
        if (value < minimum || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Configuration '" + key + "' must be " + minimum + " bytes to 2GB, but is "
                    + value + "; the default is " + defaultValue);
        }
        return (int) value;
    }

    private static int atLeast(KilnConfig config, String key, int defaultValue, int minimum) {
        int value = config.getInt(key, defaultValue);
        if (value < minimum) {
            throw new IllegalArgumentException("Configuration '" + key + "' must be at least " + minimum + ", but is "
                    + value + "; the default is " + defaultValue);
        }
        return value;
    }
}
