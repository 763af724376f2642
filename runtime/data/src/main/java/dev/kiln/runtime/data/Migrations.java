package dev.kiln.runtime.data;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/** Flyway at start: the migrations in {@code classpath:db/migration}, named {@code V<n>__<description>.sql}. */
final class Migrations {
    static final String LOCATION = "classpath:db/migration";

    private static final System.Logger LOG = System.getLogger(Migrations.class.getName());

    private Migrations() {}

    /** Applies the pending migrations; a failure is an {@link IllegalStateException} naming the URL without password. */
    static void apply(DataSource dataSource, DataSettings settings) {
        try {
            MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
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
