package dev.kiln.runtime.data;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.telemetry.Telemetry;
import dev.kiln.runtime.transaction.TransactionHooks;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.jooq.DSLContext;

/**
 * Data access for an application's graph: {@link Database} (a {@code Lifecycle}: the generated application starts
 * it before every component that uses it and stops it after them), {@link Transactions}, the pool as
 * {@code javax.sql.DataSource}, jOOQ's {@code DSLContext} for dynamic queries (joined to the current transaction)
 * and the pool's readiness check in the graph's {@code Set<HealthCheck>}; all from {@code kiln.datasource.*}.
 * {@link Transactions} is also bound as {@link TransactionHooks}, through which {@code kiln-runtime-cache} (an
 * optional binding there) defers evictions and puts to commits.
 *
 * <pre>{@code
 * @Component(modules = {KilnShopAppModule.class, KilnRuntimeModule.class, KilnDataModule.class})
 * interface KilnShopAppComponent { Database database(); OrderRepository orderRepository(); ... }
 * }</pre>
 */
@Module
public abstract class KilnDataModule {
    private KilnDataModule() {}

    /**
     * The database {@code kiln.datasource.*} describes; it connects and migrates when started. Its statements and pool
     * are traced and measured through the graph's telemetry (nothing is made with the no-op one).
     */
    @Provides
    @Singleton
    static Database database(KilnConfig config, Telemetry telemetry) {
        return Database.create(config, telemetry);
    }

    @Provides
    static Transactions transactions(Database database) {
        return database.transactions();
    }

    /** The transactions, as other runtime modules (the cache) see them. */
    @Provides
    static TransactionHooks transactionHooks(Database database) {
        return database.transactions();
    }

    /** The pool itself, for code that wants plain JDBC (a connection taken here is not the transaction's). */
    @Provides
    static DataSource dataSource(Database database) {
        return database.dataSource();
    }

    @Provides
    static DSLContext dslContext(Database database) {
        return database.dsl();
    }

    @Provides
    @IntoSet
    static HealthCheck databaseHealth(Database database) {
        return new DatabaseHealthCheck(database);
    }
}
