package dev.kiln.runtime.data;

import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Readiness of the database, named {@code database}: UP when the pool gives a connection within
 * {@code kiln.datasource.health-timeout} (default 1s) and the driver says it is valid within that time; DOWN while
 * the database cannot be reached (naming the URL without password), UP again when it can, without a restart. A
 * pool whose every connection is in use, with no failed attempt to connect, is busy rather than unreachable: UP with
 * {@code saturated: true} (DOWN would take the instance out of the registry just when it is loaded). Data:
 * the pool's {@code active}, {@code idle}, {@code waiting} and {@code total} connections and its {@code maximum}.
 *
 * <pre>{@code
 * {"name":"database","status":"UP","data":{"active":2,"idle":8,"waiting":0,"total":10,"maximum":10}}
 * }</pre>
 */
public final class DatabaseHealthCheck implements HealthCheck {
    private final Database database;
    private final Connections connections;

    public DatabaseHealthCheck(Database database) {
        this.database = database;
        this.connections = database.connections();
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthResult check() {
        DataSettings settings = database.settings();
        long timeout = settings.healthTimeout().toMillis();
        HealthResult result;
        boolean busy = false;
        try (Connection connection = connections.open(timeout)) {
            result = connection.isValid((int) Math.max(1, timeout / 1000)) ? HealthResult.up()
                    : HealthResult.down("The database at " + settings.safeUrl() + " did not answer within " + timeout + "ms");
        } catch (SQLException | RuntimeException e) {
            busy = e instanceof SQLTransientConnectionException && e.getCause() == null; // timed out, nothing failed
            result = HealthResult.down("The database at " + settings.safeUrl() + " cannot be reached: "
                    + JdbcUrls.redactText(Connections.describe(e), settings.password()));
        }
        int[] figures = connections.figures();
        if (busy && figures[0] >= settings.maximumSize()) {
            // Every connection is in use and none failed: busy, not unreachable. Readiness DOWN here would take the
            // instance out of the registry exactly when it is loaded, and load its peers in turn.
            result = HealthResult.up().withData("saturated", true);
        }
        return result.withData("active", figures[0]).withData("idle", figures[1]).withData("waiting", figures[2])
                .withData("total", figures[3]).withData("maximum", settings.maximumSize());
    }
}
