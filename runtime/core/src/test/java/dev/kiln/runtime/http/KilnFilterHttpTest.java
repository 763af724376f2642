package dev.kiln.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.log.RequestIds;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.testapp.Http;
import dev.kiln.runtime.testapp.LogCapture;
import dev.kiln.runtime.testapp.TestApps;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** KilnFilters composed by KilnRoutes, served by KilnBoot, called over real HTTP. */
class KilnFilterHttpTest {
    /** The attribute every filter and handler appends its name to; the handler answers with it. */
    private static final Object TRACE = new Object();

    @SuppressWarnings("unchecked")
    private static List<String> trace(ServerRequest req) {
        return req.context().get(TRACE, List.class).orElseGet(() -> {
            List<String> trace = new ArrayList<>();
            req.context().register(TRACE, trace);
            return trace;
        });
    }

    /** Appends its name, and says which route it saw in a response header. */
    private static class Named implements KilnFilter {
        private final String name;
        private final int order;

        Named(String name, int order) {
            this.name = name;
            this.order = order;
        }

        @Override
        public void filter(RouteDescriptor route, ServerRequest req, ServerResponse res, Next next) throws Exception {
            trace(req).add(name);
            res.header("X-Route", route.method() + " " + route.path());
            next.proceed(req, res);
        }

        @Override
        public int order() {
            return order;
        }
    }

    // Distinct classes: global filters with equal orders run by class name.
    private static final class Alpha extends Named {
        Alpha() {
            super("alpha", 0);
        }
    }

    private static final class Bravo extends Named {
        Bravo() {
            super("bravo", -5);
        }
    }

    private static final class Charlie extends Named {
        Charlie() {
            super("charlie", 0);
        }
    }

    /** Answers 401 itself unless the request carries X-Pass. */
    private static final class Guard implements KilnFilter {
        @Override
        public void filter(RouteDescriptor route, ServerRequest req, ServerResponse res, Next next) throws Exception {
            trace(req).add("guard");
            if (req.headers().first(io.helidon.http.HeaderNames.create("X-Pass")).isEmpty()) {
                res.status(401);
                res.send("denied by guard after " + String.join(",", trace(req)));
                return;
            }
            next.proceed(req, res);
        }
    }

    /** A router whose routes carry their own filters. */
    private static final class TraceRouter implements KilnRouter {
        static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("trace", "test.Trace", List.of(
                new RouteDescriptor("GET", "/trace/{id}"),
                new RouteDescriptor("GET", "/plain"),
                new RouteDescriptor("GET", "/guarded"),
                new RouteDescriptor("GET", "/api/items/{name}"),
                new RouteDescriptor("GET", "/refusing"),
                new RouteDescriptor("GET", "/broken")));
        final AtomicInteger guardedCalls = new AtomicInteger();

        @Override
        public ServiceDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void routing(KilnRoutes routes) {
            routes.add("GET", "/trace/{id}", this::answerTrace, new Named("route-late", 0), new Named("route-early", -10));
            routes.add("GET", "/plain", this::answerTrace);
            routes.add("GET", "/guarded", (req, res) -> {
                guardedCalls.incrementAndGet();
                answerTrace(req, res);
            }, new Guard(), new Named("after-guard", 1));
            routes.under("/api").add("GET", "/items/{name}", this::answerTrace);
            routes.add("GET", "/refusing", this::answerTrace, (route, req, res, next) -> {
                throw HttpException.badRequest("Header 'X-Tenant' is required by " + route.path());
            });
            routes.add("GET", "/broken", this::answerTrace, (route, req, res, next) -> {
                throw new IllegalStateException("secret filter detail");
            });
        }

        private void answerTrace(ServerRequest req, ServerResponse res) {
            trace(req).add("handler");
            Responses.text(res, 200, String.join(",", trace(req)));
        }
    }

    private static KilnHandle start(TraceRouter router, List<KilnFilter> globalFilters) {
        return TestApps.builder(Map.of()).filters(globalFilters).routers(List.of(router)).start();
    }

    @Test
    void filtersRunByOrderGlobalBeforeRouteOnTiesAndGlobalTiesByClassName() {
        for (List<KilnFilter> global : List.of(List.<KilnFilter>of(new Charlie(), new Alpha(), new Bravo()),
                List.<KilnFilter>of(new Alpha(), new Bravo(), new Charlie()))) {
            try (KilnHandle app = start(new TraceRouter(), global)) {
                HttpResponse<String> response = new Http(app.uri()).get("/trace/7");
                assertEquals(200, response.statusCode(), response.body());
                assertEquals("route-early,bravo,alpha,charlie,route-late,handler", response.body(), "given " + global);
            }
        }
    }

    @Test
    void aRouteWithoutFiltersOfItsOwnRunsBehindTheGlobalOnes() {
        try (KilnHandle app = start(new TraceRouter(), List.of(new Bravo(), new Alpha()))) {
            assertEquals("bravo,alpha,handler", new Http(app.uri()).get("/plain").body());
        }
    }

    /** Wraps only the routes under /api: the others never pass through it. */
    private static final class ApiOnly extends Named {
        ApiOnly() {
            super("api-only", 0);
        }

        @Override
        public boolean appliesTo(RouteDescriptor route) {
            return route.path().startsWith("/api/");
        }
    }

    @Test
    void aFilterThatDoesNotApplyToARouteIsNotInItsChain() {
        try (KilnHandle app = start(new TraceRouter(), List.of(new ApiOnly(), new Bravo()))) {
            Http http = new Http(app.uri());
            assertEquals("bravo,handler", http.get("/plain").body());
            assertEquals("bravo,api-only,handler", http.get("/api/items/kettle").body());
        }
    }

    @Test
    void aFilterCanAnswerItselfAndTheRestOfTheChainDoesNotRun() {
        TraceRouter router = new TraceRouter();
        try (KilnHandle app = start(router, List.of(new Alpha()))) {
            Http http = new Http(app.uri());
            HttpResponse<String> denied = http.get("/guarded");
            assertEquals(401, denied.statusCode());
            assertEquals("denied by guard after alpha,guard", denied.body());
            assertEquals(0, router.guardedCalls.get());

            HttpResponse<String> passed = http.get("/guarded", "X-Pass", "yes");
            assertEquals(200, passed.statusCode());
            assertEquals("alpha,guard,after-guard,handler", passed.body());
            assertEquals(1, router.guardedCalls.get());
        }
    }

    @Test
    void filtersSeeTheMatchedRouteTemplateIncludingAMountPrefix() {
        try (KilnHandle app = start(new TraceRouter(), List.of(new Alpha()))) {
            Http http = new Http(app.uri());
            assertEquals("GET /trace/{id}", http.get("/trace/42").headers().firstValue("X-Route").orElseThrow());
            HttpResponse<String> mounted = http.get("/api/items/kettle");
            assertEquals(200, mounted.statusCode());
            assertEquals("GET /api/items/{name}", mounted.headers().firstValue("X-Route").orElseThrow());
        }
    }

    @Test
    void anHttpExceptionThrownByAFilterIsItsProblemAnswer() {
        try (KilnHandle app = start(new TraceRouter(), List.of())) {
            Problem problem = Http.problem(new Http(app.uri()).get("/refusing"));
            assertEquals(400, problem.status());
            assertEquals("Header 'X-Tenant' is required by /refusing", problem.detail());
            assertEquals("/refusing", problem.instance());
        }
    }

    @Test
    void anyOtherExceptionThrownByAFilterIsA500WithAnErrorIdLoggedWithTheRequestId() {
        try (KilnHandle app = start(new TraceRouter(), List.of());
             LogCapture errors = LogCapture.of(ErrorResponses.class.getName())) {
            HttpResponse<String> response = new Http(app.uri()).get("/broken", "X-Request-Id", "filter-test-1");
            Problem problem = Http.problem(response);
            assertEquals(500, problem.status());
            assertNotNull(problem.errorId());
            assertFalse(response.body().contains("secret"), response.body());
            assertEquals("filter-test-1", response.headers().firstValue(RequestIds.HEADER.defaultCase()).orElseThrow());

            List<LogRecord> logged = errors.records();
            assertEquals(1, logged.size(), logged.toString());
            assertEquals(Level.SEVERE, logged.getFirst().getLevel());
            String message = logged.getFirst().getMessage();
            assertTrue(message.contains("error id " + problem.errorId()), message);
            assertTrue(message.contains("request id filter-test-1"), message);
            assertEquals("secret filter detail", logged.getFirst().getThrown().getMessage());
        }
    }
}
