package dev.kiln.runtime.data;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Sets a prepared statement's parameters: written by the processor for each query. */
@FunctionalInterface
public interface Binder {
    /** For a query without parameters. */
    Binder NONE = statement -> {};

    void bind(PreparedStatement statement) throws SQLException;
}
