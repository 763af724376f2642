package dev.kiln.runtime.errors;

import dev.kiln.runtime.http.BadRequestException;
import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.OperationsEndpoint;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.Params;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Objects;

/**
 * The error groups of an {@link ErrorTracker}, JSON, {@code Cache-Control: no-store}:
 * <ul>
 *   <li>{@code GET /kiln/errors} → {@code {"application":"orders","fingerprint":"v1","evicted":0,"groups":[
 *   {"fingerprint":"v1:3f9a0c…","type":"java.lang.IllegalStateException","message":"…","count":3,
 *   "firstSeen":"…","lastSeen":"…","where":["GET /orders/{id}"],"traceId":"…","errorIds":["…"],
 *   "frames":["com.example.Orders.find(Orders.java:42)"]}]}}, the most recently seen group first</li>
 *   <li>{@code GET /kiln/errors?errorId=…} → the same, with only the group that answered that error id (none when
 *   it is not among the latest ids of a kept group)</li>
 *   <li>{@code GET /kiln/errors/{fingerprint}} → that group; a 404 problem when it is not kept</li>
 * </ul>
 * Registered through {@link KilnRoutes}, so the application's global filters (security) guard it; served, not
 * announced in the registry. {@code KilnBoot} serves one over its tracker:
 *
 * <pre>{@code
 * KilnBoot.builder(config, DESCRIPTOR).errorTracker(component.errorTracker())   // serves /kiln/errors
 * }</pre>
 */
public final class ErrorsEndpoint extends OperationsEndpoint {
    private static final String BASE = "/kiln/errors";
    /** Its descriptor: a service named {@code kiln-errors}. */
    public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("kiln-errors",
            ErrorsEndpoint.class.getName(), List.of(new RouteDescriptor("GET", BASE),
            new RouteDescriptor("GET", BASE + "/{fingerprint}")));
    private static final Param FINGERPRINT = Param.path("fingerprint");
    private static final Param ERROR_ID = Param.query("errorId");
    private static final int MAX_ID = 128;

    private final ErrorTracker errors;
    private final String application;

    /** The groups of {@code errors}, for {@code application}. */
    public ErrorsEndpoint(ErrorTracker errors, String application) {
        super(DESCRIPTOR);
        this.errors = Objects.requireNonNull(errors, "errors");
        this.application = Objects.requireNonNull(application, "application");
    }

    @Override
    public void routing(KilnRoutes routes) {
        routes.add("GET", BASE, this::overview);
        routes.add("GET", BASE + "/{fingerprint}", this::group);
    }

    private void overview(ServerRequest req, ServerResponse res) {
        String errorId = Params.query(req, ERROR_ID);
        List<ErrorGroup> groups;
        if (errorId == null) {
            groups = errors.groups();
        } else {
            if (errorId.isEmpty() || errorId.length() > MAX_ID) {
                throw new BadRequestException("Query parameter 'errorId' must be 1 to " + MAX_ID + " characters");
            }
            groups = errors.byErrorId(errorId).map(List::of).orElse(List.of());
        }
        Responses.uncachedJson(res, 200, ErrorsJson.overview(application, errors.evicted()), groups);
    }

    private void group(ServerRequest req, ServerResponse res) {
        String fingerprint = Params.path(req, FINGERPRINT);
        ErrorGroup group = errors.group(fingerprint).orElseThrow(() -> HttpException.notFound("No error group '"
                + fingerprint + "' is kept (the least recently seen are dropped past "
                + ErrorTracker.MAX_GROUPS_KEY + ")"));
        Responses.uncachedJson(res, 200, ErrorsJson.GROUP, group);
    }
}
