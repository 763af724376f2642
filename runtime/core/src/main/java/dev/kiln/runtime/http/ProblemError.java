package dev.kiln.runtime.http;

/**
 * One entry of a problem document's {@code errors} array: what was wrong with one input. Either a JSON
 * body location ({@code pointer}) or a request parameter ({@code parameter} and {@code in}). Null fields
 * are left out of the JSON.
 *
 * <pre>{@code
 * ProblemError.pointer("/lines/0/quantity", "expected an integer (int) but got the string \"x\"")
 * ProblemError.parameter("limit", "query", "Query parameter 'limit' must be an integer ...")
 * }</pre>
 *
 * @param pointer   RFC 6901 pointer into the JSON body, or null
 * @param parameter the parameter's name, or null
 * @param in        {@code path}, {@code query} or {@code header} when {@code parameter} is set
 * @param detail    what is wrong, for a human
 */
public record ProblemError(String pointer, String parameter, String in, String detail) {

    /** An error in the JSON body at {@code pointer}. */
    public static ProblemError pointer(String pointer, String detail) {
        return new ProblemError(pointer, null, null, detail);
    }

    /** An error in a request parameter. */
    public static ProblemError parameter(String name, String in, String detail) {
        return new ProblemError(null, name, in, detail);
    }
}
