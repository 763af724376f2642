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

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
