package dev.kiln.runtime.health;

/**
 * A check of one part of the application, answered on {@code /health} and its probe
 * ({@code /health/ready} by default). Kiln collects every injectable class of the application that
 * implements it at compile time; a module can add more with {@code @Provides @IntoSet HealthCheck}.
 * Each check runs with a timeout ({@code kiln.health.timeout}); one that throws or times out is DOWN.
 *
 * <pre>{@code
 * @Singleton
 * final class FeedPoller implements Lifecycle, HealthCheck {
 *     @Override public HealthResult check() { return healthy ? HealthResult.up() : HealthResult.down("feed stalled"); }
 * }
 * }</pre>
 */
public interface HealthCheck {

    /** The check's name in health JSON; the class's simple name unless overridden. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** The probe it answers. */
    default HealthKind kind() {
        return HealthKind.READINESS;
    }

    /** Runs the check. Should be quick; it is cut off after {@code kiln.health.timeout}. */
    HealthResult check();
}
