package dev.kiln.runtime.http;

import dev.kiln.runtime.registry.ServiceDescriptor;

/**
 * A generated router: registers one handler per route of a {@code @Service} interface and describes
 * them. {@code KilnBoot} calls {@link #routing} on the server's routing and uses {@link #descriptor}
 * for the registry and for 405 answers.
 *
 * <pre>{@code
 * public final class OrderApiRouter implements KilnRouter {
 *     public static final ServiceDescriptor DESCRIPTOR = ...;
 *     @Override public ServiceDescriptor descriptor() { return DESCRIPTOR; }
 *     @Override public void routing(KilnRoutes routes) { routes.add("GET", "/orders/{id}", this::get); }
 *     private void get(ServerRequest req, ServerResponse res) { ... }
 * }
 * }</pre>
 */
public interface KilnRouter {

    /** Registers every route, each with the filters named for it. */
    void routing(KilnRoutes routes);

    /** The service this router serves: its name and every route it registers, with the same paths. */
    ServiceDescriptor descriptor();

    /**
     * Whether the boot registers this router's service in the registry, where clients discover it. True for
     * services; false for Kiln's own management routes (such as {@code /kiln/messaging}), which are served but are
     * nobody's discovery target.
     */
    default boolean announced() {
        return true;
    }
}
