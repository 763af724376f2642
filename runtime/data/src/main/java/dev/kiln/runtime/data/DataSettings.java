package dev.kiln.runtime.data;

import dev.kiln.runtime.config.KilnConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code kiln.datasource.*} as the data runtime reads it. The URL decides the dialect: {@code jdbc:postgresql:} or
 * {@code jdbc:h2:}; any other is refused here, so that the application's start fails naming the key.
 *
 * <pre>{@code
 * DataSettings settings = DataSettings.from(KilnConfig.of(Map.of("kiln.datasource.url", "jdbc:postgresql://db/orders",
 *         "kiln.datasource.pool.maximum-size", "20")));
 * }</pre>
 *
 * @param url                    {@code kiln.datasource.url}; default: an in-memory H2 in PostgreSQL mode, named uniquely
 *                               for this settings object, living as long as its {@link Database} (not the JVM)
 * @param username               {@code kiln.datasource.username}, empty for none
 * @param password               {@code kiln.datasource.password}, empty for none; never printed
 * @param migrate                {@code kiln.datasource.migrate} (default true): Flyway applies
 *                               {@code classpath:db/migration} at start
 * @param maximumSize            {@code kiln.datasource.pool.maximum-size} (default 10): connections at most
 * @param minimumIdle            {@code kiln.datasource.pool.minimum-idle} (default: the maximum size, a fixed pool as
 *                               HikariCP advises)
 * @param connectionTimeout      {@code kiln.datasource.pool.connection-timeout} (default {@code 5s}, at least
 *                               {@code 250ms}): how long a query waits for a connection before
 *                               {@link DataUnavailableException} (a 503)
 * @param idleTimeout            {@code kiln.datasource.pool.idle-timeout} (default {@code 10m}): an idle connection
 *                               above {@code minimum-idle} is closed after this
 * @param maxLifetime            {@code kiln.datasource.pool.max-lifetime} (default {@code 30m}): a connection is
 *                               replaced after this; keep it below the database's own limit
 * @param keepaliveTime          {@code kiln.datasource.pool.keepalive-time} (default {@code 2m}, {@code 0s} off): how
 *                               often an idle connection is checked, so that a dead one is found before a request
 * @param leakDetectionThreshold {@code kiln.datasource.pool.leak-detection-threshold} (default {@code 0s}, off): a
 *                               connection held longer than this is logged with the stack that took it (an unclosed
 *                               {@code Stream}, say)
 * @param healthTimeout          {@code kiln.datasource.health-timeout} (default {@code 1s}): the readiness check's wait
 *                               for a connection and its validation
 */
public record DataSettings(String url, String username, String password, boolean migrate, int maximumSize,
                           int minimumIdle, Duration connectionTimeout, Duration idleTimeout, Duration maxLifetime,
                           Duration keepaliveTime, Duration leakDetectionThreshold, Duration healthTimeout) {
    public static final String URL = "kiln.datasource.url";
    public static final String USERNAME = "kiln.datasource.username";
    public static final String PASSWORD = "kiln.datasource.password";
    public static final String MIGRATE = "kiln.datasource.migrate";
    public static final String MAXIMUM_SIZE = "kiln.datasource.pool.maximum-size";
    public static final String MINIMUM_IDLE = "kiln.datasource.pool.minimum-idle";
    public static final String CONNECTION_TIMEOUT = "kiln.datasource.pool.connection-timeout";
    public static final String IDLE_TIMEOUT = "kiln.datasource.pool.idle-timeout";
    public static final String MAX_LIFETIME = "kiln.datasource.pool.max-lifetime";
    public static final String KEEPALIVE_TIME = "kiln.datasource.pool.keepalive-time";
    public static final String LEAK_DETECTION_THRESHOLD = "kiln.datasource.pool.leak-detection-threshold";
    public static final String HEALTH_TIMEOUT = "kiln.datasource.health-timeout";

    /** HikariCP refuses connection and validation timeouts below this. */
    private static final Duration HIKARI_MINIMUM_TIMEOUT = Duration.ofMillis(250);
    private static final AtomicLong DEFAULT_DATABASES = new AtomicLong();

    public DataSettings {
        JdbcUrls.dialect(url); // refuses what Kiln cannot render SQL for
        if (maximumSize < 1) {
            throw new IllegalArgumentException("Configuration '" + MAXIMUM_SIZE + "' must be at least 1, but is " + maximumSize);
        }
        if (minimumIdle < 0 || minimumIdle > maximumSize) {
            throw new IllegalArgumentException("Configuration '" + MINIMUM_IDLE + "' must be between 0 and "
                    + MAXIMUM_SIZE + " (" + maximumSize + "), but is " + minimumIdle);
        }
        atLeast(CONNECTION_TIMEOUT, connectionTimeout, HIKARI_MINIMUM_TIMEOUT);
        atLeast(HEALTH_TIMEOUT, healthTimeout, HIKARI_MINIMUM_TIMEOUT);
        atLeast(IDLE_TIMEOUT, idleTimeout, Duration.ZERO);
        atLeast(MAX_LIFETIME, maxLifetime, Duration.ZERO);
        atLeast(KEEPALIVE_TIME, keepaliveTime, Duration.ZERO);
        atLeast(LEAK_DETECTION_THRESHOLD, leakDetectionThreshold, Duration.ZERO);
    }

    /** The settings in {@code config}, each absent key at its default. */
    public static DataSettings from(KilnConfig config) {
        int maximumSize = config.getInt(MAXIMUM_SIZE, 10);
        return new DataSettings(
                config.get(URL).map(String::strip).filter(url -> !url.isEmpty()).orElseGet(DataSettings::defaultUrl),
                config.get(USERNAME, ""),
                config.get(PASSWORD, ""),
                config.getBoolean(MIGRATE, true),
                maximumSize,
                config.getInt(MINIMUM_IDLE, maximumSize),
                config.getDuration(CONNECTION_TIMEOUT, Duration.ofSeconds(5)),
                config.getDuration(IDLE_TIMEOUT, Duration.ofMinutes(10)),
                config.getDuration(MAX_LIFETIME, Duration.ofMinutes(30)),
                config.getDuration(KEEPALIVE_TIME, Duration.ofMinutes(2)),
                config.getDuration(LEAK_DETECTION_THRESHOLD, Duration.ZERO),
                config.getDuration(HEALTH_TIMEOUT, Duration.ofSeconds(1)));
    }

    /** The dialect of {@link #url}. */
    public SqlDialect dialect() {
        return JdbcUrls.dialect(url);
    }

    /** The URL with any password in it replaced by {@code ***}: the form every message and log line uses. */
    public String safeUrl() {
        return JdbcUrls.redact(url, password);
    }

    /** Whether {@link #url} is the default in-memory database, which {@link Database#stop()} drops. */
    boolean ownsInMemoryDatabase() {
        return url.startsWith(JdbcUrls.DEFAULT_PREFIX);
    }

    Optional<String> user() {
        return username.isEmpty() ? Optional.empty() : Optional.of(username);
    }

    /** Never the password: records print their components. */
    @Override
    public String toString() {
        return "DataSettings[url=" + safeUrl() + ", username=" + username + ", migrate=" + migrate + ", maximumSize="
                + maximumSize + ", minimumIdle=" + minimumIdle + ", connectionTimeout=" + connectionTimeout + "]";
    }

    private static String defaultUrl() {
        return JdbcUrls.DEFAULT_PREFIX + ProcessHandle.current().pid() + "-" + DEFAULT_DATABASES.incrementAndGet()
                + JdbcUrls.H2_POSTGRES_MODE + ";DB_CLOSE_DELAY=-1";
    }

    private static void atLeast(String key, Duration value, Duration minimum) {
        if (value.compareTo(minimum) < 0) {
            throw new IllegalArgumentException("Configuration '" + key + "' must be at least " + minimum.toMillis()
                    + "ms, but is " + value.toMillis() + "ms");
        }
    }
}
