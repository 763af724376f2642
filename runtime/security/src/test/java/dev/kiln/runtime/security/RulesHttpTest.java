package dev.kiln.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.http.Problem;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule against every kind of caller, through the filter and real HTTP. */
class RulesHttpTest {
    private static final String API_KEY = ApiKeys.generate();
    private static TestServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of(
                "kiln.security.jwt.secret", Tokens.SECRET,
                "kiln.security.jwt.issuer", Tokens.ISSUER,
                "kiln.security.jwt.audience", Tokens.AUDIENCE,
                "kiln.security.basic.users.carol.password", Passwords.hash("carol-pw".toCharArray(), 1000),
                "kiln.security.basic.users.carol.roles", "auditor",
                "kiln.security.api-key.keys.ci-bot.hash", ApiKeys.hash(API_KEY),
                "kiln.security.api-key.keys.ci-bot.roles", "deployer",
                "kiln.security.api-key.keys.ci-bot.scopes", "orders:read"));
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A kind of caller and the headers it sends. */
    enum Caller {
        ANONYMOUS,
        ADMIN_TOKEN,
        READER_TOKEN,
        AUDITOR_BASIC,
        BOT_API_KEY;

        String[] headers() {
            return switch (this) {
                case ANONYMOUS -> new String[0];
                case ADMIN_TOKEN -> new String[] {"Authorization", "Bearer " + Tokens.hs256(Tokens.SECRET, Tokens.admin())};
                case READER_TOKEN -> new String[] {"Authorization", "Bearer " + Tokens.hs256(Tokens.SECRET, Tokens.reader())};
                case AUDITOR_BASIC -> new String[] {"Authorization", CredentialSupplier.basic("carol", "carol-pw").get()};
                case BOT_API_KEY -> new String[] {"X-API-Key", API_KEY};
            };
        }
    }

    static Stream<Arguments> matrix() {
        // route → expected status for ANONYMOUS, ADMIN_TOKEN, READER_TOKEN, AUDITOR_BASIC, BOT_API_KEY
        Map<String, int[]> expected = Map.of(
                "GET /public", new int[] {200, 200, 200, 200, 200},
                "GET /me", new int[] {401, 200, 200, 200, 200},
                "GET /admin", new int[] {401, 200, 403, 403, 403},
                "GET /reports", new int[] {401, 200, 403, 200, 403},
                "GET /orders", new int[] {401, 200, 200, 403, 200},
                "POST /orders", new int[] {401, 200, 403, 403, 403},
                "GET /closed", new int[] {403, 403, 403, 403, 403});
        List<Arguments> cases = new ArrayList<>();
        expected.forEach((route, statuses) -> {
            for (Caller caller : Caller.values()) {
                cases.add(Arguments.of(route, caller, statuses[caller.ordinal()]));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void everyRouteForEveryCaller(String route, Caller caller, int status) {
        String[] parts = route.split(" ");
        HttpResponse<String> response = http.send(parts[0], parts[1], caller.headers());
        assertEquals(status, response.statusCode(), response.body());
        if (status == 200) {
            String name = switch (caller) {
                case ANONYMOUS -> "anonymous";
                case ADMIN_TOKEN -> "ada";
                case READER_TOKEN -> "bob";
                case AUDITOR_BASIC -> "carol";
                case BOT_API_KEY -> "ci-bot";
            };
            assertTrue(response.body().startsWith(name + "|"), response.body());
            assertEquals(name, response.headers().firstValue("X-Principal").orElseThrow(), "seen by a later filter");
        } else if (status == 401) {
            String challenge = Http.assertUnauthorized(response, "Bearer realm=\"kiln\"");
            assertTrue(challenge.contains("Basic realm=\"kiln\""), challenge);
            assertTrue(challenge.contains("ApiKey realm=\"kiln\", header=\"X-API-Key\""), challenge);
            assertEquals("Authentication is required", Http.problem(response).detail());
        } else {
            Problem problem = Http.problem(response);
            assertEquals(403, problem.status());
            assertEquals(parts[1], problem.instance());
            assertTrue(response.headers().firstValue("WWW-Authenticate").isEmpty(), "a 403 carries no challenge");
        }
    }

    @Test
    void principalCarriesRolesAndScopesFromEachScheme() {
        assertEquals("ada|Bearer|admin|orders:read,orders:write", http.get("/me", Caller.ADMIN_TOKEN.headers()).body());
        assertEquals("bob|Bearer|user|orders:read", http.get("/me", Caller.READER_TOKEN.headers()).body());
        assertEquals("carol|Basic|auditor|", http.get("/me", Caller.AUDITOR_BASIC.headers()).body());
        assertEquals("ci-bot|ApiKey|deployer|orders:read", http.get("/me", Caller.BOT_API_KEY.headers()).body());
        assertEquals("anonymous|||", http.get("/public").body());
    }

    @Test
    void missingScopeIsNamedInThe403() {
        Problem problem = Http.problem(http.send("POST", "/orders", Caller.READER_TOKEN.headers()));
        assertEquals(403, problem.status());
        assertTrue(problem.detail().endsWith(": orders:write"), problem.detail());
    }

    @Test
    void invalidCredentialsAre401EvenWherePermitted() {
        HttpResponse<String> response = http.bearer("/public", Tokens.hs256(Tokens.OTHER_SECRET, Tokens.admin()));
        Http.assertUnauthorized(response, "Bearer realm=\"kiln\", error=\"invalid_token\"");
        assertEquals("The access token is not valid", Http.problem(response).detail());
    }

    @Test
    void authorizationOfAnUnknownSchemeIs401() {
        HttpResponse<String> response = http.get("/public", "Authorization", "Digest username=\"ada\"");
        String challenge = Http.assertUnauthorized(response, "Bearer realm=\"kiln\"");
        assertTrue(challenge.contains("Basic"), challenge);
    }

    @Test
    void twoAuthorizationHeadersAre401() {
        String token = Tokens.hs256(Tokens.SECRET, Tokens.admin());
        HttpResponse<String> response = http.get("/me", "Authorization", "Bearer " + token, "Authorization", "Bearer " + token);
        Http.assertUnauthorized(response, "Bearer");
    }

    @Test
    void aBearerTokenDecidesEvenWithAnApiKeyPresent() {
        // Fixed order: the Authorization header is read first and its answer is final.
        String forged = Tokens.hs256(Tokens.OTHER_SECRET, Tokens.admin());
        HttpResponse<String> response = http.get("/me", "Authorization", "Bearer " + forged, "X-API-Key", API_KEY);
        Http.assertUnauthorized(response, "invalid_token");
        HttpResponse<String> valid = http.get("/me", "Authorization", Caller.READER_TOKEN.headers()[1], "X-API-Key", API_KEY);
        assertTrue(valid.body().startsWith("bob|Bearer"), valid.body());
    }

    @Test
    void aServiceThrown401GetsTheConfiguredChallenge() {
        HttpResponse<String> response = http.get("/service-refuses", Caller.ADMIN_TOKEN.headers());
        Http.assertUnauthorized(response, "Bearer realm=\"kiln\"");
        assertEquals("The service wants a fresh login", Http.problem(response).detail());
    }
}
