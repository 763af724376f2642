package dev.kiln.runtime.http;

/**
 * Where a request parameter comes from. {@link #in()} is the word used in problem documents
 * ({@code "in": "query"}), {@link #label()} starts error messages.
 *
 * <pre>{@code
 * Param.query("limit").source().label() // "Query parameter"
 * }</pre>
 */
public enum ParamSource {
    PATH("path", "Path parameter"),
    QUERY("query", "Query parameter"),
    HEADER("header", "Header");

    private final String in;
    private final String label;

    ParamSource(String in, String label) {
        this.in = in;
        this.label = label;
    }

    /** {@code path}, {@code query} or {@code header}. */
    public String in() {
        return in;
    }

    /** {@code Path parameter}, {@code Query parameter} or {@code Header}. */
    public String label() {
        return label;
    }
}
