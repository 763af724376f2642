package dev.kiln.runtime.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What a {@code @Service} interface serves. Generated routers hold one as {@code DESCRIPTOR}.
 *
 * <pre>{@code
 * new ServiceDescriptor("orders", "com.example.OrderApi",
 *         List.of(new RouteDescriptor("GET", "/orders/{id}")));
 * }</pre>
 *
 * @param name          logical service name, the registry key and the typed client's discovery target
 * @param interfaceName binary name of the annotated interface
 * @param routes        every route, in registration order
 */
public record ServiceDescriptor(String name, String interfaceName, List<RouteDescriptor> routes) {
    public ServiceDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(interfaceName, "interfaceName");
        routes = List.copyOf(routes);
    }

    /**
     * The first 16 hex digits of the SHA-256 of the routes ({@code METHOD path}, sorted, one per line): two
     * instances with the same hash serve the same routes. Registry entries carry it.
     */
    public String routesHash() {
        StringBuilder text = new StringBuilder();
        routes.stream().map(r -> r.method() + " " + r.path()).sorted().forEach(r -> text.append(r).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
