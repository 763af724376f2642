package dev.kiln.it;

import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.registry.RouteDescriptor;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.inject.Inject;

/** The last filter of {@code GET /secure/filtered}: answers 418 itself when asked to with {@code X-Block}. */
public final class BlockingFilter implements KilnFilter {
    private static final HeaderName BLOCK = HeaderNames.create("X-Block");

    @Inject
    public BlockingFilter() {}

    @Override
    public void filter(RouteDescriptor route, ServerRequest req, ServerResponse res, Next next) throws Exception {
        FilterTrail.append(res, "blocking");
        if (req.headers().contains(BLOCK)) {
            Responses.text(res, 418, "blocked before the handler");
            return;
        }
        next.proceed(req, res);
    }
}
