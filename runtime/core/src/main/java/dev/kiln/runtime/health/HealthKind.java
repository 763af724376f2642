package dev.kiln.runtime.health;

/** Which probe a {@link HealthCheck} answers: {@code /health/live}, {@code /health/ready} or {@code /health/started}. */
public enum HealthKind {
    /** The process works at all; a DOWN liveness asks the platform to restart the process. */
    LIVENESS,
    /** The instance can take traffic; a DOWN readiness takes it out of load balancing and the registry. */
    READINESS,
    /** Start-up has finished. */
    STARTUP
}
