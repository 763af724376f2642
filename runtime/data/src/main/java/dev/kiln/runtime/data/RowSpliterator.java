package dev.kiln.runtime.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/** The rows of an open result set, mapped one by one as {@link Database#stream}'s stream is consumed. */
final class RowSpliterator<R> extends Spliterators.AbstractSpliterator<R> {
    private final String where;
    private final ResultSet rows;
    private final RowMapper<R> mapper;
    private final Connections connections;

    RowSpliterator(String where, ResultSet rows, RowMapper<R> mapper, Connections connections) {
        super(Long.MAX_VALUE, Spliterator.ORDERED);
        this.where = where;
        this.rows = rows;
        this.mapper = mapper;
        this.connections = connections;
    }

    @Override
    public boolean tryAdvance(Consumer<? super R> action) {
        R row;
        try {
            if (!rows.next()) {
                return false;
            }
            row = mapper.map(rows);
        } catch (SQLException e) {
            throw connections.failure(where, e);
        }
        action.accept(row);
        return true;
    }
}
