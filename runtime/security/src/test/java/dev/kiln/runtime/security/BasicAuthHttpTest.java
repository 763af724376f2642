package dev.kiln.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTP Basic against configured users with PBKDF2 hashes. */
class BasicAuthHttpTest {
    private static final String BASIC_CHALLENGE = "Basic realm=\"shop\", charset=\"UTF-8\"";
    private static TestServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of(
                "kiln.security.realm", "shop",
                "kiln.security.basic.users.alice.password", Passwords.hash("wonder:land".toCharArray(), 1000),
                "kiln.security.basic.users.alice.roles", "admin, user",
                "kiln.security.basic.users.jürgen.password", Passwords.hash("grüße".toCharArray(), 1000),
                "kiln.security.basic.users.jürgen.scopes", "orders:read"));
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String basic(String userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rightPasswordAuthenticatesWithRoles() {
        HttpResponse<String> response = http.get("/admin", "Authorization", CredentialSupplier.basic("alice", "wonder:land").get());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("alice|Basic|admin,user|", response.body());
    }

    @Test
    void utf8NamesAndPasswords() {
        HttpResponse<String> response = http.get("/orders", "Authorization", basic("jürgen:grüße"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("jürgen|Basic||orders:read", response.body());
    }

    @Test
    void theSchemeNameIsCaseInsensitive() {
        assertEquals(200, http.get("/me", "Authorization", basic("alice:wonder:land").replace("Basic", "bAsIc")).statusCode());
    }

    @Test
    void wrongPasswordUnknownUserAndMalformedCredentialsAre401() {
        String[] refused = {
            basic("alice:wonder"),            // wrong password
            basic("alice:"),                  // empty password
            basic("mallory:wonder:land"),     // unknown user
            basic(":wonder:land"),            // empty user
            basic("alice"),                   // no colon
            "Basic",                          // no credentials
            "Basic !!!not-base64!!!",
            "Basic " + Base64.getEncoder().encodeToString(new byte[] {'a', ':', (byte) 0xC3, (byte) 0x28}),  // not UTF-8
            "Basic " + "A".repeat(5000),      // longer than read
        };
        for (String authorization : refused) {
            HttpResponse<String> response = http.get("/public", "Authorization", authorization);
            Http.assertUnauthorized(response, BASIC_CHALLENGE);
            assertEquals("The user name or password is not valid", Http.problem(response).detail(), authorization);
        }
    }

    @Test
    void noCredentialsOnAProtectedRouteIs401WithTheBasicChallenge() {
        Http.assertUnauthorized(http.get("/me"), BASIC_CHALLENGE);
    }

    @Test
    void aBearerTokenIsAnUnacceptedSchemeHere() {
        Http.assertUnauthorized(http.get("/public", "Authorization", "Bearer abc.def.ghi"), BASIC_CHALLENGE);
    }
}
