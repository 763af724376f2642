package dev.kiln.runtime.security;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.ErrorResponses;
import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.ProblemDirectHandler;
import dev.kiln.runtime.http.HttpException;
import io.helidon.http.DirectHandler;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A real Helidon WebServer on a free port, set up like {@code KilnBoot} and routed the way a generated
 * router is: routes registered through {@link KilnRoutes} behind the authentication filter, each route
 * makes its rule's check first, errors are Kiln problem documents.
 */
final class TestServer implements AutoCloseable {
    static final Set<String> ADMIN = Set.of("admin");
    static final Set<String> ADMIN_OR_AUDITOR = Set.of("admin", "auditor");
    static final Set<String> READ = Set.of("orders:read");
    static final Set<String> READ_WRITE = Set.of("orders:read", "orders:write");

    private final WebServer server;
    private final Http http;

    private TestServer(WebServer server) {
        this.server = server;
        this.http = new Http(URI.create("http://localhost:" + server.port()));
    }

    static TestServer start(Map<String, String> config) {
        return start(Authenticators.fromConfig(KilnConfig.of(config)));
    }

    static TestServer start(Map<String, String> config, Clock clock) {
        return start(Authenticators.fromConfig(KilnConfig.of(config), clock));
    }

    static TestServer start(Authenticators authenticators) {
        HttpRouting.Builder routing = HttpRouting.builder();
        // As KilnBoot does: Kiln's error handlers.
        ErrorResponses.install(routing, List.of());
        // A later filter sees the principal the authentication filter stored.
        KilnFilter echoPrincipal = (route, req, res, next) -> {
            res.header("X-Principal", Security.principal(req).name());
            next.proceed(req, res);
        };
        KilnRoutes routes = new KilnRoutes(routing, List.of(new AuthenticationFilter(authenticators), echoPrincipal));
        routes.add("GET", "/public", (req, res) -> {
            Rules.permitAll();
            describe(req, res);
        });
        routes.add("GET", "/me", (req, res) -> {
            Rules.requireAuthenticated(Security.principal(req));
            describe(req, res);
        });
        routes.add("GET", "/admin", (req, res) -> {
            Rules.requireRoles(Security.principal(req), ADMIN);
            describe(req, res);
        });
        routes.add("GET", "/reports", (req, res) -> {
            Rules.requireRoles(Security.principal(req), ADMIN_OR_AUDITOR);
            describe(req, res);
        });
        routes.add("GET", "/orders", (req, res) -> {
            Rules.requireScopes(Security.principal(req), READ);
            describe(req, res);
        });
        routes.add("POST", "/orders", (req, res) -> {
            Rules.requireScopes(Security.principal(req), READ_WRITE);
            describe(req, res);
        });
        routes.add("GET", "/closed", (req, res) -> {
            Rules.denyAll();
            describe(req, res);
        });
        routes.add("GET", "/service-refuses", (req, res) -> {
            throw HttpException.unauthorized("The service wants a fresh login");
        });
        // As KilnBoot does: requests Helidon refuses before routing are answered as problems too.
        ProblemDirectHandler direct = new ProblemDirectHandler(10L << 20);
        DirectHandlers.Builder directHandlers = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            directHandlers.addHandler(type, direct);
        }
        WebServer server = WebServer.builder()
                .port(0)
                .host("localhost")
                .shutdownHook(false)
                .directHandlers(directHandlers.build())
                .errorHandling(e -> e.includeEntity(true))
                .routing(routing)
                .build()
                .start();
        return new TestServer(server);
    }

    /** {@code name|scheme|roles|scopes}, sorted, so tests can check what the handler saw. */
    private static void describe(ServerRequest req, ServerResponse res) {
        Principal principal = Security.principal(req);
        res.send(principal.name() + "|" + principal.scheme() + "|" + String.join(",", new TreeSet<>(principal.roles()))
                + "|" + String.join(",", new TreeSet<>(principal.scopes())));
    }

    Http http() {
        return http;
    }

    URI uri() {
        return URI.create("http://localhost:" + server.port());
    }

    @Override
    public void close() {
        server.stop();
    }
}
