package dev.kiln.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.client.KilnClientBuilder;
import dev.kiln.runtime.client.KilnHttpClient;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.testapp.Http;
import dev.kiln.runtime.testapp.TestApps;
import io.helidon.http.Method;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A typed-client exception that escapes a route is another service's failure: the caller gets a gateway status
 * naming that service, whatever it answered, while what the application throws itself keeps its status. The
 * application calls itself as its "upstream" service.
 */
class UpstreamFailuresHttpTest {
    private static final Param STATUS = Param.path("status");

    private static KilnHandle app;
    private static Http http;
    private static volatile KilnHttpClient upstream;

    /** A client builder as generated clients have, with a short read timeout. */
    private static final class UpstreamClientBuilder extends KilnClientBuilder<UpstreamClientBuilder> {
        UpstreamClientBuilder() {
            super("stock");
        }

        @Override
        protected UpstreamClientBuilder self() {
            return this;
        }

        KilnHttpClient build() {
            return buildHttpClient();
        }
    }

    private static final class RelayRouter implements KilnRouter {
        @Override
        public ServiceDescriptor descriptor() {
            return new ServiceDescriptor("relay", "test.Relay", List.of(
                    new RouteDescriptor("GET", "/upstream/{status}"), new RouteDescriptor("GET", "/upstream-slow"),
                    new RouteDescriptor("GET", "/relay/{status}"), new RouteDescriptor("GET", "/relay-slow"),
                    new RouteDescriptor("GET", "/passed-on/{status}")));
        }

        @Override
        public void routing(KilnRoutes routes) {
            routes.add("GET", "/upstream/{status}", (req, res) -> {
                throw HttpException.of(Integer.parseInt(Params.path(req, STATUS)), "upstream says no")
                        .withHeader("Retry-After", "60");
            });
            routes.add("GET", "/upstream-slow", (req, res) -> {
                Thread.sleep(1_000);
                Responses.text(res, 200, "late");
            });
            routes.add("GET", "/relay/{status}", (req, res) ->
                    upstream.call(Method.GET, "/upstream/" + Params.path(req, STATUS)).send().noContent());
            routes.add("GET", "/relay-slow", (req, res) ->
                    upstream.call(Method.GET, "/upstream-slow").send().noContent());
            routes.add("GET", "/passed-on/{status}", (req, res) -> {
                try {
                    upstream.call(Method.GET, "/upstream/" + Params.path(req, STATUS)).send().noContent();
                } catch (HttpException e) {
                    throw HttpException.of(e.problem().withInstance(null));
                }
            });
        }
    }

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of(), List.of(), List.of(new RelayRouter()));
        http = new Http(app.uri());
        upstream = new UpstreamClientBuilder().baseUri(app.uri()).readTimeout(Duration.ofMillis(500)).build(); // well under /upstream-slow's 1 s, well over a loaded machine's answer time
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anUpstreamAnswerEscapingIsA502NamingTheServiceNotItsStatus() {
        for (int status : new int[] {400, 404, 409, 429, 500}) {
            HttpResponse<String> response = http.get("/relay/" + status);

            assertEquals(502, response.statusCode(), response.body());
            Problem problem = Http.problem(response);
            assertTrue(problem.detail().startsWith("Service 'stock', which this request depends on, failed to handle"
                    + " it (it answered " + status + "); quote error id " + problem.errorId()), problem.detail());
            assertFalse(response.body().contains("upstream says no"), "not the upstream's problem: " + response.body());
            assertTrue(response.headers().firstValue("Retry-After").isEmpty(), "not the upstream's headers");
        }
    }

    @Test
    void anUpstream503Or504KeepsItsStatus() {
        HttpResponse<String> unavailable = http.get("/relay/503");
        assertEquals(503, unavailable.statusCode());
        assertTrue(Http.problem(unavailable).detail().startsWith("Service 'stock', which this request depends on,"
                + " is unavailable (it answered 503)"), unavailable.body());

        HttpResponse<String> slow = http.get("/relay-slow");
        assertEquals(504, slow.statusCode());
        Problem problem = Http.problem(slow);
        assertTrue(problem.detail().startsWith("Service 'stock', which this request depends on, did not answer in time"),
                problem.detail());
        assertNotNull(problem.errorId());
        assertFalse(slow.body().contains(app.uri().getAuthority()), "no internal address: " + slow.body());
    }

    @Test
    void anHttpExceptionTheApplicationThrowsItselfKeepsItsStatus() {
        HttpResponse<String> response = http.get("/passed-on/409");

        assertEquals(409, response.statusCode());
        Problem problem = Http.problem(response);
        assertEquals("upstream says no", problem.detail());
        assertEquals("/passed-on/409", problem.instance());
    }
}
