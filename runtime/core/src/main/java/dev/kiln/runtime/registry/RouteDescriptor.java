package dev.kiln.runtime.registry;

import java.util.Objects;

/**
 * One HTTP route of a service: method and path template as registered on the server.
 *
 * <pre>{@code
 * new RouteDescriptor("GET", "/orders/{id}")
 * }</pre>
 *
 * @param method HTTP method name, upper case
 * @param path   path template with {@code {name}} placeholders
 */
public record RouteDescriptor(String method, String path) {
    public RouteDescriptor {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }
}
