package dev.kiln.runtime.data;

import dagger.Module;

/**
 * Data access for an application's graph: {@link Database} (a {@code Lifecycle}: the generated application starts
 * it before every component that uses it and stops it after them), {@link Transactions}, the pool as
 * {@code javax.sql.DataSource}, jOOQ's {@code DSLContext} for dynamic queries (joined to the current transaction)
 * and the pool's readiness check in the graph's {@code Set<HealthCheck>}; all from {@code kiln.datasource.*}.
 */
@Module
public abstract class KilnDataModule {
    // Provides: issue 9, runtime part.
    private KilnDataModule() {}
}
