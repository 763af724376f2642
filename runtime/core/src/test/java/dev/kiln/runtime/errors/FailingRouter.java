package dev.kiln.runtime.errors;

import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.Params;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Routes that fail: two throw sites of one exception type, a chosen 404, and a body read that may be cut off. */
final class FailingRouter implements KilnRouter {
    static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("failing", FailingRouter.class.getName(),
            List.of(new RouteDescriptor("GET", "/orders/{id}"), new RouteDescriptor("GET", "/cancel"),
                    new RouteDescriptor("GET", "/missing"), new RouteDescriptor("POST", "/upload")));
    private static final Param ID = Param.path("id");

    /** Counted down once the upload handler has read, or failed to read, its body. */
    final CountDownLatch uploadRead = new CountDownLatch(1);

    @Override
    public void routing(KilnRoutes routes) {
        routes.add("GET", "/orders/{id}", this::order);
        routes.add("GET", "/cancel", this::cancel);
        routes.add("GET", "/missing", this::missing);
        routes.add("POST", "/upload", this::upload);
    }

    @Override
    public ServiceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    private void order(ServerRequest req, ServerResponse res) {
        find(Params.path(req, ID));
    }

    /** One throw site, whatever the id: the message changes, the group must not. */
    private static void find(String id) {
        throw new IllegalStateException("order " + id + " is corrupt");
    }

    private void cancel(ServerRequest req, ServerResponse res) {
        throw new IllegalStateException("cancel failed");
    }

    private void missing(ServerRequest req, ServerResponse res) {
        throw HttpException.notFound("No such thing");
    }

    private void upload(ServerRequest req, ServerResponse res) {
        try {
            byte[] body = req.content().as(byte[].class);
            Responses.text(res, 200, "read " + body.length);
        } finally {
            uploadRead.countDown();
        }
    }
}
