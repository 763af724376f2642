package dev.kiln.runtime.data;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the current row: written by the processor for each query's result type (no reflection). */
@FunctionalInterface
public interface RowMapper<R> {
    R map(ResultSet row) throws SQLException;
}
