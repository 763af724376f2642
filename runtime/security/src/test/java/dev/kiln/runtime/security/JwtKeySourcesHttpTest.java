package dev.kiln.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.kiln.runtime.http.Problem;
import io.helidon.webserver.WebServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RS256 and ES256 keys from PEM, from a JWKS file and from a JWKS URL served by a second server. */
class JwtKeySourcesHttpTest {
    private static final RSAKey RSA = Tokens.rsa("rsa-1");
    private static final ECKey EC = Tokens.ec("ec-1");
    private static final ECKey STRANGER = Tokens.ec("ec-unknown");
    private static final AtomicInteger FETCHES = new AtomicInteger();
    private static WebServer issuer;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startIssuer() {
        String jwks = new JWKSet(List.<JWK>of(RSA.toPublicJWK(), EC.toPublicJWK())).toString();
        issuer = WebServer.builder()
                .port(0)
                .host("localhost")
                .shutdownHook(false)
                .routing(r -> r.get("/jwks.json", (req, res) -> {
                    FETCHES.incrementAndGet();
                    res.header("Content-Type", "application/json");
                    res.send(jwks);
                }))
                .build()
                .start();
    }

    @AfterAll
    static void stopIssuer() {
        issuer.stop();
    }

    private static String jwksUrl() {
        return "http://localhost:" + issuer.port() + "/jwks.json";
    }

    @Test
    void rs256WithAPemPublicKey() throws JOSEException {
        try (TestServer server = TestServer.start(Map.of("kiln.security.jwt.public-key", Tokens.pem(RSA.toPublicKey())))) {
            HttpResponse<String> ok = server.http().bearer("/admin", Tokens.rs256(RSA, Tokens.admin()));
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals("ada|Bearer|admin|orders:read,orders:write", ok.body());
            Http.assertUnauthorized(server.http().bearer("/admin", Tokens.es256(EC, Tokens.admin())), "invalid_token");
        }
    }

    @Test
    void es256WithAPemPublicKeyFile() throws IOException, JOSEException {
        Path pem = Files.writeString(dir.resolve("ec.pem"), Tokens.pem(EC.toPublicKey()));
        try (TestServer server = TestServer.start(Map.of("kiln.security.jwt.public-key-file", pem.toString()))) {
            HttpResponse<String> ok = server.http().bearer("/orders", Tokens.es256(EC, Tokens.reader()));
            assertEquals(200, ok.statusCode(), ok.body());
            Http.assertUnauthorized(server.http().bearer("/orders", Tokens.es256(STRANGER, Tokens.reader())), "invalid_token");
            Http.assertUnauthorized(server.http().bearer("/orders", Tokens.rs256(RSA, Tokens.reader())), "invalid_token");
        }
    }

    @Test
    void bothAlgorithmsFromAJwksFileMatchedByKid() throws IOException {
        Path file = Files.writeString(dir.resolve("jwks.json"), new JWKSet(List.<JWK>of(RSA, EC)).toString(false));
        try (TestServer server = TestServer.start(Map.of(
                "kiln.security.jwt.jwks-file", file.toString(),
                "kiln.security.jwt.roles-claims", "realm_access.roles"))) {
            var keycloakStyle = Tokens.claims("kc-user").claim("realm_access", Map.of("roles", List.of("admin"))).build();
            HttpResponse<String> rsa = server.http().bearer("/admin", Tokens.rs256(RSA, keycloakStyle));
            assertEquals(200, rsa.statusCode(), rsa.body());
            assertEquals("kc-user|Bearer|admin|", rsa.body());
            assertEquals(200, server.http().bearer("/me", Tokens.es256(EC, Tokens.reader())).statusCode());
            Http.assertUnauthorized(server.http().bearer("/me", Tokens.es256(STRANGER, Tokens.reader())), "invalid_token");
        }
    }

    @Test
    void jwksUrlIsFetchedOnceCachedAndNotFloodedByUnknownKids() {
        FETCHES.set(0);
        try (TestServer server = TestServer.start(Map.of("kiln.security.jwt.jwks-url", jwksUrl()))) {
            assertEquals(0, FETCHES.get(), "nothing is fetched before the first token");
            for (int i = 0; i < 3; i++) {
                assertEquals(200, server.http().bearer("/me", Tokens.rs256(RSA, Tokens.admin())).statusCode());
                assertEquals(200, server.http().bearer("/me", Tokens.es256(EC, Tokens.reader())).statusCode());
            }
            assertEquals(1, FETCHES.get(), "six tokens, one fetch");
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> unknown = server.http().bearer("/me", Tokens.es256(STRANGER, Tokens.reader()));
                Http.assertUnauthorized(unknown, "error_description=\"The access token is not valid\"");
            }
            assertTrue(FETCHES.get() <= 2, "unknown kids refetch at most once per interval, not " + FETCHES.get());
        }
    }

    @Test
    void keysStayUsableWhileTheIssuerIsDown() throws InterruptedException {
        WebServer flaky = WebServer.builder().port(0).host("localhost").shutdownHook(false)
                .routing(r -> r.get("/jwks.json", (req, res) -> res.header("Content-Type", "application/json")
                        .send(new JWKSet(RSA.toPublicJWK()).toString())))
                .build().start();
        try (TestServer server = TestServer.start(Map.of(
                "kiln.security.jwt.jwks-url", "http://localhost:" + flaky.port() + "/jwks.json",
                "kiln.security.jwt.jwks-cache-ttl", "1s"))) {
            assertEquals(200, server.http().bearer("/me", Tokens.rs256(RSA, Tokens.admin())).statusCode());
            flaky.stop();
            Thread.sleep(1200);
            HttpResponse<String> stale = server.http().bearer("/me", Tokens.rs256(RSA, Tokens.admin()));
            assertEquals(200, stale.statusCode(), stale.body());
        } finally {
            flaky.stop();
        }
    }

    @Test
    void aJwksUrlThatNeverAnsweredIs503NotA401Or500() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (TestServer server = TestServer.start(Map.of(
                "kiln.security.jwt.jwks-url", "http://localhost:" + closedPort + "/jwks.json"))) {
            for (int i = 0; i < 4; i++) {
                HttpResponse<String> response = server.http().bearer("/me", Tokens.rs256(RSA, Tokens.admin()));
                Problem problem = Http.problem(response);
                assertEquals(503, problem.status(), response.body());
                assertTrue(problem.detail().contains("cannot be retrieved"), problem.detail());
            }
            // Without credentials nothing needs the keys.
            assertEquals(200, server.http().get("/public").statusCode());
        }
    }
}
