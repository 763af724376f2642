package dev.kiln.runtime.data;

import dev.kiln.runtime.http.Problem;
import dev.kiln.runtime.http.ServiceUnavailableException;

/**
 * The database could not be used now: no connection from the pool within its timeout, or the database cannot be
 * reached. Answered as a 503 problem; the detail never carries the password.
 */
public class DataUnavailableException extends ServiceUnavailableException {
    public DataUnavailableException(String detail, Throwable cause) {
        super(Problem.of(503, detail), null, cause);
    }
}
