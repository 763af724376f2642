package dev.kiln.runtime.data;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/** Flyway at start: the migrations in {@code classpath:db/migration}, named {@code V<n>__<description>.sql}. */
final class Migrations {
    static final String LOCATION = "classpath:db/migration";

    private static final System.Logger LOG = System.getLogger(Migrations.class.getName());

    private Migrations() {}

    /** Applies the pending migrations; a failure is an {@link IllegalStateException} naming the URL without password. */
    static void apply(DataSettings settings) {
        try {
            // Flyway's own connections, not the pool's: it holds two at once (one locks its history table), which a
            // pool of maximum-size 1 could not give.
            MigrateResult result = Flyway.configure()
                    .dataSource(settings.url(), settings.username(), settings.password())
                    .locations(LOCATION)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.log(System.Logger.Level.INFO, "Applied {0} migration(s) to {1}, now at version {2}",
                        result.migrationsExecuted, settings.safeUrl(), result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new IllegalStateException("Flyway could not migrate the database at " + settings.safeUrl() + " ("
                    + DataSettings.MIGRATE + "): " + JdbcUrls.redactText(e.getMessage(), settings.password()), e);
        }
    }
}
