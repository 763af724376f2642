package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.http.ForbiddenException;
import dev.kiln.runtime.http.UnauthorizedException;
import dev.kiln.runtime.security.CredentialSupplier;
import dev.kiln.runtime.security.Tokens;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated rules of {@link SecureApi} over real HTTP, with the authentication filter the generated
 * application installs: every route against every kind of caller, forged and malformed credentials against
 * every route, the injected principal, and the typed client sending credentials.
 */
class SecurityHttpTest {
    private static final String CHALLENGE = "Bearer realm=\"kiln\"";
    private static KilnHandle app;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        app = TestServer.start(SecureConfig.values());
        http = new RawHttp(app.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
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
                case ADMIN_TOKEN -> new String[] {"Authorization", "Bearer " + Tokens.signed(Tokens.admin())};
                case READER_TOKEN -> new String[] {"Authorization", "Bearer " + Tokens.signed(Tokens.reader())};
                case AUDITOR_BASIC -> new String[] {"Authorization",
                        CredentialSupplier.basic("carol", SecureConfig.CAROL_PASSWORD).get()};
                case BOT_API_KEY -> new String[] {"X-API-Key", SecureConfig.API_KEY};
            };
        }
    }

    /** Every route without a rate limit → the status for ANONYMOUS, ADMIN_TOKEN, READER_TOKEN, AUDITOR_BASIC, BOT_API_KEY. */
    private static Map<String, int[]> expectations() {
        Map<String, int[]> expected = new LinkedHashMap<>();
        expected.put("GET /secure/me", new int[] {401, 200, 200, 200, 200});              // @Authenticated (interface)
        expected.put("GET /secure/admin", new int[] {401, 200, 403, 403, 403});           // @RolesAllowed("admin")
        expected.put("GET /secure/reports", new int[] {401, 200, 403, 200, 403});         // admin or auditor
        expected.put("GET /secure/orders", new int[] {401, 200, 200, 403, 200});          // scope orders:read
        expected.put("POST /secure/orders", new int[] {401, 201, 403, 403, 403});         // orders:read and :write
        expected.put("GET /secure/closed", new int[] {403, 403, 403, 403, 403});          // @DenyAll
        expected.put("GET /secure/public", new int[] {200, 200, 200, 200, 200});          // @PermitAll
        expected.put("GET /secure/filtered", new int[] {200, 200, 200, 200, 200});        // @PermitAll, filtered
        return expected;
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        expectations().forEach((route, statuses) -> {
            for (Caller caller : Caller.values()) {
                cases.add(Arguments.of(route, caller, statuses[caller.ordinal()]));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void everyRouteAnswersEveryCallerAsItsRuleSays(String route, Caller caller, int status) {
        HttpResponse<String> response = call(route, caller.headers());

        assertEquals(status, response.statusCode(), response.body());
        if (status == 401) {
            RawHttp.problem(response, 401);
            String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
            assertTrue(challenge.contains(CHALLENGE) && challenge.contains("Basic realm=\"kiln\""),
                    () -> "WWW-Authenticate: " + challenge);
        } else if (status == 403) {
            RawHttp.problem(response, 403);
            assertTrue(response.headers().firstValue("WWW-Authenticate").isEmpty(), "a 403 carries no challenge");
        }
    }

    /** HEAD on a secured GET route passes the same rule: a head-only 401 with its challenge, or the GET's head. */
    @Test
    void headRequestsPassTheGetRoutesRule() {
        RawSocket.Response refused = RawSocket.untilClosed(app.port(),
                "HEAD /secure/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(401, refused.status(), refused.head());
        assertTrue(refused.header("WWW-Authenticate").startsWith("Bearer"), refused.head());
        assertEquals("", refused.body());
        assertTrue(Integer.parseInt(refused.header("Content-Length")) > 0, "the problem's length: " + refused.head());

        RawSocket.Response admitted = RawSocket.untilClosed(app.port(), "HEAD /secure/me HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + Tokens.signed(Tokens.admin()) + "\r\nConnection: close\r\n\r\n");
        assertEquals(200, admitted.status(), admitted.head());
        assertEquals("", admitted.body());
        assertEquals(String.valueOf(call("GET /secure/me", Caller.ADMIN_TOKEN.headers()).body().length()),
                admitted.header("Content-Length"));
    }

    @Test
    void aMissingScopeIsNamedInThe403() {
        HttpResponse<String> response = call("POST /secure/orders", Caller.READER_TOKEN.headers());

        assertEquals("The credentials lack the scope this operation requires: orders:write",
                RawHttp.detail(RawHttp.problem(response, 403)));
    }

    @Test
    void theRuleIsCheckedBeforeTheBodyIsRead() {
        // Anonymous with a body that is not even text/plain: the rule refuses before the body is bound (no 415).
        HttpResponse<String> response = http.send("POST", "/secure/orders", "application/octet-stream",
                new byte[] {1, 2, 3});

        RawHttp.problem(response, 401);
    }

    /** Tokens the server must refuse, each with the detail the client is told. */
    static Stream<Arguments> forged() {
        String valid = Tokens.signed(Tokens.admin());
        String[] parts = valid.split("\\.");
        Instant now = Instant.now();
        return Stream.of(
                forged("alg none", Tokens.b64("{\"alg\":\"none\"}") + "." + parts[1] + ".", "malformed"),
                forged("signed with another key", Tokens.hs256(Tokens.OTHER_SECRET, Tokens.claims("ada").build()), "not valid"),
                forged("expired", Tokens.hs256(Tokens.SECRET, Tokens.claims("ada", now.minusSeconds(3600)).build()),
                        "has expired"),
                forged("not yet valid", Tokens.hs256(Tokens.SECRET,
                        Tokens.claims("ada").notBeforeTime(Date.from(now.plusSeconds(3600))).build()), "not valid yet"),
                forged("wrong issuer", Tokens.hs256(Tokens.SECRET, Tokens.claims("ada").issuer("https://evil.test").build()),
                        "trusted issuer"),
                forged("wrong audience", Tokens.hs256(Tokens.SECRET, Tokens.claims("ada").audience("other-api").build()),
                        "not issued for this service"),
                forged("truncated", valid.substring(0, valid.length() - 5), "not valid"),
                forged("garbage", "garbage", "malformed"),
                forged("payload swapped under a valid signature",
                        parts[0] + "." + Tokens.b64("{\"sub\":\"mallory\",\"roles\":[\"admin\"],\"exp\":9999999999}")
                                + "." + parts[2], "not valid"));
    }

    private static Arguments forged(String name, String token, String detail) {
        return Arguments.of(Named.of(name, token), detail);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forged")
    void aForgedOrMalformedTokenIsA401OnEveryRouteAndNever5xx(String token, String detail) {
        for (String route : expectations().keySet()) {
            HttpResponse<String> response = call(route, "Authorization", "Bearer " + token);

            Map<String, Object> problem = RawHttp.problem(response, 401);
            assertTrue(RawHttp.detail(problem).contains(detail), route + ": " + response.body());
            String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
            assertTrue(challenge.startsWith(CHALLENGE) && challenge.contains("error=\"invalid_token\""),
                    () -> route + ": WWW-Authenticate " + challenge);
            RawHttp.assertNoLeak(response.body());
        }
    }

    @Test
    void wrongPasswordsUnknownKeysAndUnknownSchemesAre401() {
        List<String[]> credentials = List.of(
                new String[] {"Authorization", CredentialSupplier.basic("carol", "wrong").get()},
                new String[] {"Authorization", "Basic !!!not-base64"},
                new String[] {"X-API-Key", "not-a-key"},
                new String[] {"Authorization", "Negotiate abc"});
        for (String[] headers : credentials) {
            for (String route : expectations().keySet()) {
                HttpResponse<String> response = call(route, headers);
                RawHttp.problem(response, 401);
                assertTrue(response.headers().firstValue("WWW-Authenticate").isPresent(), route + " " + headers[1]);
            }
        }
    }

    @Test
    void theRouterInjectsThePrincipalTheRuleChecked() {
        assertEquals("ada|Bearer|admin|orders:read,orders:write",
                call("GET /secure/me", Caller.ADMIN_TOKEN.headers()).body());
        assertEquals("carol|Basic|auditor|", call("GET /secure/me", Caller.AUDITOR_BASIC.headers()).body());
        assertEquals("ci-bot|ApiKey|deployer|orders:read", call("GET /secure/me", Caller.BOT_API_KEY.headers()).body());
    }

    @Test
    void theTypedClientSendsCredentialsAndNoPrincipal() {
        SecureApi admin = SecureApiClient.builder().baseUri(app.uri())
                .credentials(CredentialSupplier.bearer(() -> Tokens.signed(Tokens.admin())))
                .build();
        assertEquals("ada|Bearer|admin|orders:read,orders:write", admin.me(null));
        assertEquals("written: note", admin.writeOrder("note"));

        SecureApi anonymous = SecureApiClient.create(app.uri());
        assertEquals("open", anonymous.open());
        UnauthorizedException unauthenticated = assertThrows(UnauthorizedException.class, () -> anonymous.me(null));
        assertEquals(401, unauthenticated.status());
        assertEquals("secure", unauthenticated.service().orElseThrow());
        ForbiddenException forbidden = assertThrows(ForbiddenException.class, () -> SecureApiClient.builder()
                .baseUri(app.uri()).credentials(CredentialSupplier.bearer(() -> Tokens.signed(Tokens.reader()))).build().admin());
        assertEquals(403, forbidden.status());
    }

    private static HttpResponse<String> call(String route, String... headers) {
        String[] methodAndPath = route.split(" ", 2);
        if (methodAndPath[0].equals("POST")) {
            return http.send("POST", methodAndPath[1], "text/plain", "note", headers);
        }
        return http.get(methodAndPath[1], headers);
    }
}
