package dev.kiln.runtime.health;

/** The outcome of a health check, as MicroProfile Health spells it. */
public enum HealthStatus {
    UP,
    DOWN
}
