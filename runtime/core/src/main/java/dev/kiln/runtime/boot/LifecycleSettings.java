package dev.kiln.runtime.boot;

import dev.kiln.runtime.config.KilnConfig;
import java.time.Duration;

/** The {@code kiln.lifecycle.*} and {@code kiln.health.*} configuration KilnBoot reads, with its defaults. */
record LifecycleSettings(Duration startTimeout, Duration supervisionInterval, int downAfter, boolean exitOnFailure,
                         Duration healthTimeout) {
    static final String START_TIMEOUT = "kiln.lifecycle.start-timeout";
    static final String SUPERVISION_INTERVAL = "kiln.lifecycle.supervision.interval";
    static final String DOWN_AFTER = "kiln.lifecycle.supervision.down-after";
    static final String EXIT_ON_FAILURE = "kiln.lifecycle.exit-on-failure";
    static final String HEALTH_TIMEOUT = "kiln.health.timeout";

    static LifecycleSettings from(KilnConfig config) {
        Duration startTimeout = positive(config, START_TIMEOUT, Duration.ofSeconds(60));
        Duration interval = positive(config, SUPERVISION_INTERVAL, Duration.ofSeconds(5));
        int downAfter = config.getInt(DOWN_AFTER, 3);
        if (downAfter < 1) {
            throw new IllegalArgumentException("Configuration '" + DOWN_AFTER + "' must be at least 1, but is " + downAfter);
        }
        boolean exit = config.getBoolean(EXIT_ON_FAILURE, false);
        Duration healthTimeout = positive(config, HEALTH_TIMEOUT, Duration.ofSeconds(2));
        return new LifecycleSettings(startTimeout, interval, downAfter, exit, healthTimeout);
    }

    private static Duration positive(KilnConfig config, String key, Duration defaultValue) {
        Duration value = config.getDuration(key, defaultValue);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("Configuration '" + key + "' must be positive, but is " + value);
        }
        return value;
    }
}
