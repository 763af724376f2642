package dev.kiln.codegen.model;

/** Where a route parameter comes from. */
public enum ParamKind {
    PATH("Path parameter"),
    QUERY("Query parameter"),
    HEADER("Header"),
    BODY("Request body"),
    /**
     * The request's authenticated principal ({@code dev.kiln.runtime.security.Principal}), a parameter
     * with no binding annotation; its type is a {@link ValueType.RecordRef} of {@code Principal}, never
     * encoded. Typed clients send nothing for it.
     */
    PRINCIPAL("Principal");

    private final String label;

    ParamKind(String label) {
        this.label = label;
    }

    /** How error messages name this source, e.g. {@code "Query parameter"}. */
    public String label() {
        return label;
    }
}
