package dev.kiln.runtime.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link HealthCheck} found: UP or DOWN, for DOWN a reason, and data shown with it (text, numbers,
 * booleans). Immutable; {@link #withData} returns a copy.
 *
 * <pre>{@code
 * return lag < limit ? HealthResult.up().withData("lag", lag) : HealthResult.down("feed stalled").withData("lag", lag);
 * }</pre>
 */
public final class HealthResult {
    private static final HealthResult UP = new HealthResult(HealthStatus.UP, null, Map.of());

    private final HealthStatus status;
    private final String reason;
    private final Map<String, Object> data;

    private HealthResult(HealthStatus status, String reason, Map<String, Object> data) {
        this.status = status;
        this.reason = reason;
        this.data = data;
    }

    /** UP, no data. */
    public static HealthResult up() {
        return UP;
    }

    /** DOWN because of {@code reason}, which is shown as the check's {@code reason} data. */
    public static HealthResult down(String reason) {
        return new HealthResult(HealthStatus.DOWN, Objects.requireNonNull(reason, "reason"), Map.of());
    }

    /** This result with {@code key} set to {@code value} (a String, Number or Boolean; others are shown as text). */
    public HealthResult withData(String key, Object value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Map<String, Object> copy = new LinkedHashMap<>(data);
        copy.put(key, value instanceof String || value instanceof Number || value instanceof Boolean
                ? value : String.valueOf(value));
        return new HealthResult(status, reason, Collections.unmodifiableMap(copy));
    }

    public HealthStatus status() {
        return status;
    }

    public boolean isUp() {
        return status == HealthStatus.UP;
    }

    /** Why it is DOWN; null when UP. */
    public String reason() {
        return reason;
    }

    /** The data, in the order it was added. */
    public Map<String, Object> data() {
        return data;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HealthResult other && status == other.status && Objects.equals(reason, other.reason)
                && data.equals(other.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, reason, data);
    }

    @Override
    public String toString() {
        return status + (reason == null ? "" : " (" + reason + ")") + (data.isEmpty() ? "" : " " + data);
    }
}
