package dev.kiln.runtime.data;

import org.flywaydb.core.Flyway;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/** Flyway at start: the migrations in {@code classpath:db/migration}, named {@code V<n>__<description>.sql}. */
final class Migrations {
    static final String LOCATION = "classpath:db/migration";

    private static final System.Logger LOG = System.getLogger(Migrations.class.getName());

    private Migrations() {}

    /**
     * The migration scripts Flyway finds through {@code loader} ({@code V1__orders.sql}, …), as it would apply them:
     * compared with those the queries were checked against ({@link CheckedMigrations#added}).
     */
    static List<String> scripts(DataSettings settings, ClassLoader loader) {
        try {
            // Its own connections, as for apply: Flyway may hold two at once.
            return Arrays.stream(Flyway.configure(loader)
                            .dataSource(settings.url(), settings.username(), settings.password())
                            .locations(LOCATION)
                            .load()
                            .info()
                            .all())
                    .filter(migration -> migration.getState().isResolved())
                    .map(MigrationInfo::getScript)
                    .toList();
        } catch (FlywayException e) {
            throw new IllegalStateException("Flyway could not read the migrations for " + settings.safeUrl() + ": "
                    + JdbcUrls.redactText(e.getMessage(), settings.password()), e);
        }
    }

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
