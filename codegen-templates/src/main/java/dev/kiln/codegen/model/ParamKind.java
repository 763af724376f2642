package dev.kiln.codegen.model;

/** Where a route parameter comes from. */
public enum ParamKind {
    PATH("Path parameter"),
    QUERY("Query parameter"),
    HEADER("Header"),
    BODY("Request body");

    private final String label;

    ParamKind(String label) {
        this.label = label;
    }

    /** How error messages name this source, e.g. {@code "Query parameter"}. */
    public String label() {
        return label;
    }
}
