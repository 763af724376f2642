package dev.kiln.runtime.registry;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;

/**
 * {@code GET /kiln/registry}: what this instance sees in its registry,
 * {@code {"services":{"pets":[{"id":…,"uri":…,"status":"UP","lastHeartbeat":…}]}}}. The boot registers it.
 */
public final class RegistryEndpoint implements Handler {
    private final ServiceRegistry registry;

    public RegistryEndpoint(ServiceRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        // TODO(issue 7): the JSON view of registry.snapshot().
        res.status(501).send();
    }
}
