package dev.kiln.runtime.data;

/** A query that must give one row (or at most one) gave another number of rows. */
public class ResultCountException extends DataAccessException {
    private final long expected;
    private final long actual;

    public ResultCountException(String where, long expected, long actual) {
        super(where + ": expected " + (expected == 1 ? "exactly one row" : "at most one row") + ", got "
                + (actual > 1 ? "more than one" : actual), null);
        this.expected = expected;
        this.actual = actual;
    }

    /** 1 for a query that must give exactly one row ({@code Database.one}), 0 for at most one ({@code optional}). */
    public long expected() {
        return expected;
    }

    /** The rows found: 0, or 2 for "more than one" (the rest are not read). */
    public long actual() {
        return actual;
    }
}
