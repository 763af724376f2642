package dev.kiln.runtime.data;

import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * jOOQ over a {@link Database}: queries run on the calling thread's transaction connection when there is one, else
 * on a pooled connection returned after the query; a lost database or an exhausted pool is the same
 * {@link DataUnavailableException} (503) as for generated repositories.
 */
final class JooqSupport {
    static {
        // jOOQ logs its logo and a tip at its first query unless told not to; a user's setting wins.
        if (System.getProperty("org.jooq.no-logo") == null) {
            System.setProperty("org.jooq.no-logo", "true");
        }
        if (System.getProperty("org.jooq.no-tips") == null) {
            System.setProperty("org.jooq.no-tips", "true");
        }
    }

    private JooqSupport() {}

    static DSLContext dsl(Connections connections, Transactions transactions, SqlDialect dialect) {
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(new TransactionConnectionProvider(connections, transactions));
        configuration.set(dialect == SqlDialect.H2 ? SQLDialect.H2 : SQLDialect.POSTGRES);
        // Execute logging only ever writes at DEBUG, but costs its listener on every query.
        configuration.set(new Settings().withExecuteLogging(false));
        configuration.set(ExecuteListener.onException(context -> {
            SQLException failure = context.sqlException();
            if (failure != null && Connections.isUnavailable(failure)) {
                context.exception(connections.failure("jOOQ", failure));
            }
        }));
        return DSL.using(configuration);
    }

    /** Hands out the transaction's connection (kept open) or a pooled one (closed on release). */
    private record TransactionConnectionProvider(Connections connections, Transactions transactions)
            implements ConnectionProvider {
        @Override
        public Connection acquire() {
            Connection inTransaction = transactions.connection();
            return inTransaction != null ? inTransaction : connections.open();
        }

        @Override
        public void release(Connection connection) {
            if (connection != transactions.connection()) {
                Connections.closeQuietly(connection);
            }
        }
    }
}
