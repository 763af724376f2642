package dev.kiln.runtime.cache;

import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.registry.ServiceDescriptor;
import java.util.List;

/** {@code /kiln/caches}: each cache's figures; clearing one. */
public final class CachesEndpoint implements KilnRouter {
    @Override
    public void routing(KilnRoutes routes) {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public ServiceDescriptor descriptor() {
        return new ServiceDescriptor("kiln-caches", CachesEndpoint.class.getName(), List.of());
    }

    @Override
    public boolean announced() {
        return false;
    }
}
