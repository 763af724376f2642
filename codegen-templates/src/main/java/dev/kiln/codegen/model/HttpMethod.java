package dev.kiln.codegen.model;

/** The HTTP methods a route can be declared with. */
public enum HttpMethod {
    GET, POST, PUT, PATCH, DELETE;

    /** Whether a route of this method may declare a {@code @Body}. */
    public boolean allowsBody() {
        return this != GET && this != DELETE;
    }
}
