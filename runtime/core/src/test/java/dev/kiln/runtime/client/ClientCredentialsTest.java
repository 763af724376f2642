package dev.kiln.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.testapp.TestApps;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webclient.api.WebClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The credentials a client builder is given go with every call, asked for anew each time, over real HTTP. */
class ClientCredentialsTest {
    private static final HeaderName X_API_KEY = HeaderNames.create("X-API-Key");

    private static KilnHandle app;

    /** {@code GET /echo} answers with the {@code Authorization} and {@code X-API-Key} it received. */
    private static final class EchoRouter implements KilnRouter {
        @Override
        public ServiceDescriptor descriptor() {
            return new ServiceDescriptor("echo", "test.Echo", List.of(new RouteDescriptor("GET", "/echo")));
        }

        @Override
        public void routing(KilnRoutes routes) {
            routes.add("GET", "/echo", (req, res) -> Responses.text(res, 200,
                    req.headers().first(HeaderNames.AUTHORIZATION).orElse("none") + "|"
                            + req.headers().first(X_API_KEY).orElse("none")));
        }
    }

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of(), List.of(), List.of(new EchoRouter()));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theSupplierIsAskedOncePerCallSoRotatingTokensWork() {
        AtomicInteger asked = new AtomicInteger();
        KilnHttpClient client = builder().credentials(() -> "Bearer token-" + asked.incrementAndGet()).buildHttpClient();

        assertEquals("Bearer token-1|none", echo(client));
        assertEquals("Bearer token-2|none", echo(client));
        assertEquals("Bearer token-3|none", echo(client));
        assertEquals(3, asked.get());
    }

    @Test
    void nullSendsNoCredentials() {
        AtomicInteger asked = new AtomicInteger();
        KilnHttpClient client = builder()
                .credentials(() -> asked.incrementAndGet() == 1 ? null : "Bearer late")
                .buildHttpClient();

        assertEquals("none|none", echo(client));
        assertEquals("Bearer late|none", echo(client));
    }

    @Test
    void credentialsCanTravelInAnotherHeader() {
        ClientCredentials apiKey = new ClientCredentials() {
            @Override
            public String get() {
                return "key-123";
            }

            @Override
            public HeaderName header() {
                return X_API_KEY;
            }
        };

        assertEquals("none|key-123", echo(builder().credentials(apiKey).buildHttpClient()));
    }

    @Test
    void aHeaderTheCallSetsItselfWinsAndTheSupplierIsNotAsked() {
        AtomicInteger asked = new AtomicInteger();
        KilnHttpClient client = builder().credentials(() -> "Bearer " + asked.incrementAndGet()).buildHttpClient();

        String echoed = client.call(Method.GET, "/echo").header(HeaderNames.AUTHORIZATION, "Basic own").send().text(200);

        assertEquals("Basic own|none", echoed);
        assertEquals(0, asked.get());
    }

    @Test
    void credentialsApplyToAGivenWebClientToo() {
        KilnHttpClient client = builder().webClient(WebClient.builder().build())
                .credentials(() -> "Bearer shared")
                .buildHttpClient();

        assertEquals("Bearer shared|none", echo(client));
    }

    @Test
    void aValueThatWouldSplitTheHeaderIsRefusedBeforeSending() {
        KilnHttpClient client = builder().credentials(() -> "Bearer x\r\nX-Admin: true").buildHttpClient();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> echo(client));
        assertTrue(e.getMessage().contains("service 'echo'"), e.getMessage());
    }

    private static KilnClientBuilder.Plain builder() {
        return new KilnClientBuilder.Plain("echo").baseUri(app.uri());
    }

    private static String echo(KilnHttpClient client) {
        return client.call(Method.GET, "/echo").send().text(200);
    }
}
