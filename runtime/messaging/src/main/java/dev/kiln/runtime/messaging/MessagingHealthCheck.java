package dev.kiln.runtime.messaging;

import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthResult;
import java.time.Duration;
import java.util.Map;

/**
 * Readiness of an application's messaging, named {@code messaging}: DOWN while the transport cannot reach its
 * store (naming the address), or while a group this application consumes has an unacknowledged message older
 * than {@code kiln.messaging.max-pending-age} (default 5m) — a stuck consumer must not look healthy. Data:
 * {@code transport}, {@code pending} (this application's groups), {@code oldestPendingMillis}.
 */
public final class MessagingHealthCheck implements HealthCheck {
    private final Messaging messaging;

    public MessagingHealthCheck(Messaging messaging) {
        this.messaging = messaging;
    }

    @Override
    public String name() {
        return "messaging";
    }

    @Override
    public HealthResult check() {
        var problem = messaging.transport().connectionProblem();
        if (problem.isPresent()) {
            return HealthResult.down(problem.get()).withData("transport", messaging.transport().type());
        }
        Map<Destination, String> consumed = messaging.consumedGroups();
        Duration max = messaging.settings().maxPendingAge();
        long pending = 0;
        Duration oldest = Duration.ZERO;
        String stuck = null;
        try {
            for (Map.Entry<Destination, String> entry : consumed.entrySet()) {
                GroupStats stats = messaging.operations().groupStats(entry.getKey(), entry.getValue()).orElse(null);
                if (stats == null) {
                    continue;
                }
                pending += stats.pending();
                if (stats.oldestPendingAge().compareTo(oldest) > 0) {
                    oldest = stats.oldestPendingAge();
                    if (oldest.compareTo(max) > 0) {
                        stuck = entry.getKey() + " (group '" + entry.getValue() + "')";
                    }
                }
            }
        } catch (RuntimeException e) {
            return HealthResult.down("Messaging cannot read its counts: " + e.getMessage())
                    .withData("transport", messaging.transport().type());
        }
        HealthResult result = stuck == null ? HealthResult.up()
                : HealthResult.down("The oldest unacknowledged message on " + stuck + " is " + oldest.toMillis()
                        + "ms old, past " + MessagingSettings.MAX_PENDING_AGE + " (" + max + ")");
        return result.withData("transport", messaging.transport().type()).withData("pending", pending)
                .withData("oldestPendingMillis", oldest.toMillis());
    }
}
