package dev.kiln.runtime.testapp;

import dev.kiln.runtime.registry.InstanceStatus;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.registry.ServiceInstance;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerResponse;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One instance of the "hits" service for discovery tests: a real Helidon server on a free loopback port that
 * counts the calls it gets and answers with its name, or with the status it is told to.
 */
public final class HitServer implements AutoCloseable {
    public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("hits", "test.HitsApi",
            List.of(new RouteDescriptor("GET", "/hit"), new RouteDescriptor("POST", "/hit")));

    private final String name;
    private final WebServer server;
    private final AtomicInteger gets = new AtomicInteger();
    private final AtomicInteger posts = new AtomicInteger();
    private volatile int status = 200;

    private HitServer(String name) {
        this.name = name;
        this.server = WebServer.builder().host("127.0.0.1").port(0).shutdownGracePeriod(Duration.ZERO)
                .routing(r -> r.get("/hit", (req, res) -> answer(gets, res))
                        .post("/hit", (req, res) -> answer(posts, res)))
                .build().start();
    }

    public static HitServer start(String name) {
        return new HitServer(name);
    }

    private void answer(AtomicInteger counter, ServerResponse res) {
        counter.incrementAndGet();
        res.status(status).send(name);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    public String name() {
        return name;
    }

    /** An UP registry entry for this server, with an id of its name. */
    public ServiceInstance instance() {
        return ServiceInstance.of(name, "hits-app", DESCRIPTOR, uri(), InstanceStatus.UP, Instant.now());
    }

    /** The status every call answers from now on. */
    public HitServer status(int status) {
        this.status = status;
        return this;
    }

    public int gets() {
        return gets.get();
    }

    public int posts() {
        return posts.get();
    }

    /** Stops listening at once: the abrupt end of an instance, with no deregistration. */
    @Override
    public void close() {
        server.stop();
    }
}
