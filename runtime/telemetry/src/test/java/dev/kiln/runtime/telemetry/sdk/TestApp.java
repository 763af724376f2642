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
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
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
 * A real server on an ephemeral port with one route, {@code GET /work}, that records what generated routers will:
 * {@code http.server.request.duration} (seconds) and a span, both through the graph's {@link Telemetry}.
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
        // The semantic conventions' buckets for a duration in seconds, as advice (the SDK's default ones are for ms).
        DoubleHistogram duration = telemetry.meter().histogramBuilder("http.server.request.duration").setUnit("s")
                .setDescription("Duration of HTTP server requests")
                .setExplicitBucketBoundariesAdvice(List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0,
                        2.5, 5.0, 7.5, 10.0))
                .build();
        KilnRouter router = new KilnRouter() {
            @Override
            public void routing(KilnRoutes routes) {
                routes.add("GET", "/work", (req, res) -> {
                    long start = System.nanoTime();
                    telemetry.tracer().spanBuilder("GET /work").startSpan().end();
                    res.send("done");
                    duration.record((System.nanoTime() - start) / 1e9, Attributes.builder()
                            .put("http.request.method", "GET").put("http.route", "/work")
                            .put("http.response.status_code", 200L).build());
                });
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
