package dev.kiln.it;

import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.registry.RouteDescriptor;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.inject.Inject;

/** The first filter of {@code GET /secure/filtered}. */
public final class InnerFilter implements KilnFilter {

    @Inject
    public InnerFilter() {}

    @Override
    public void filter(RouteDescriptor route, ServerRequest req, ServerResponse res, Next next) throws Exception {
        FilterTrail.append(res, "inner");
        next.proceed(req, res);
    }
}
