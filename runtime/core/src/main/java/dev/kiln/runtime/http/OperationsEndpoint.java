package dev.kiln.runtime.http;

import dev.kiln.runtime.registry.ServiceDescriptor;
import java.util.Objects;

/**
 * One of Kiln's own operations endpoints ({@code /kiln/registry}, {@code /kiln/errors}, {@code /kiln/traces},
 * {@code /metrics}, {@code /kiln/messaging}, {@code /kiln/caches}, {@code /kiln/dashboard}): a {@link KilnRouter} served
 * behind the application's global filters (security guards it, {@code kiln.management.*} governs it), untraced, and
 * not announced in the registry, since it is nobody's discovery target.
 *
 * <pre>{@code
 * public final class ErrorsEndpoint extends OperationsEndpoint {
 *     public ErrorsEndpoint(...) { super(DESCRIPTOR); ... }
 *     @Override public void routing(KilnRoutes routes) { routes.add("GET", "/kiln/errors", this::overview); }
 * }
 * }</pre>
 */
public abstract class OperationsEndpoint implements KilnRouter {
    private final ServiceDescriptor descriptor;

    /** An endpoint whose routes {@code descriptor} lists. */
    protected OperationsEndpoint(ServiceDescriptor descriptor) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    }

    @Override
    public final ServiceDescriptor descriptor() {
        return descriptor;
    }

    /** Served, not registered: an operations endpoint is not a service to discover. */
    @Override
    public final boolean announced() {
        return false;
    }
}
