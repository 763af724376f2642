package dev.kiln.runtime.telemetry.sdk;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.telemetry.Telemetry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real server on an ephemeral port with one route, {@code GET /work}; with the graph's {@link Telemetry} enabled,
 * Kiln's routing records its SERVER span and {@code http.server.request.duration}.
 */
final class TestApp {
    static final ServiceDescriptor WORK = new ServiceDescriptor("work", "test.Work",
            List.of(new RouteDescriptor("GET", "/work")));
    static final ApplicationDescriptor DESCRIPTOR = new ApplicationDescriptor("test.WorkApp", "work-app",
            List.of(WORK), List.of());
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TestApp() {}

    /** A lifecycle component, for its state gauge. */
    static final class Worker implements Lifecycle {}

    static KilnConfig config(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("server.port", "0");
        return KilnConfig.of(all);
    }

    static KilnHandle start(KilnConfig config, Telemetry telemetry) {
        KilnRouter router = new KilnRouter() {
            @Override
            public void routing(KilnRoutes routes) {
                routes.add("GET", "/work", (req, res) -> res.send("done"));
            }

            @Override
            public ServiceDescriptor descriptor() {
                return WORK;
            }
        };
        return KilnBoot.builder(config, DESCRIPTOR).telemetry(telemetry).lifecycle(List.of(new Worker()))
                .routers(List.of(router)).start();
    }

    static HttpResponse<String> get(URI base, String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
