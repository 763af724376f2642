package dev.kiln.runtime.data;

/** A query failed in the database (not for want of a connection): names where, and the SQL state. */
public class DataAccessException extends RuntimeException {
    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
