package dev.kiln.it;

import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.security.Security;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.inject.Inject;

/** {@link SecureApi}'s filter: notes the route and the principal (authentication has run before it). */
public final class OuterFilter implements KilnFilter {

    @Inject
    public OuterFilter() {}

    @Override
    public void filter(RouteDescriptor route, ServerRequest req, ServerResponse res, Next next) throws Exception {
        FilterTrail.append(res, "outer:" + route.method() + " " + route.path() + ":" + Security.principal(req).name());
        next.proceed(req, res);
    }
}
