package com.example;

import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.registry.RouteDescriptor;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.inject.Inject;

/** A filter for snippets that name one besides docs/filters.md's TenantFilter. */
public final class AuditFilter implements KilnFilter {
    @Inject
    public AuditFilter() {}

    @Override
    public void filter(RouteDescriptor route, ServerRequest req, ServerResponse res, Next next) throws Exception {
        next.proceed(req, res);
    }
}
