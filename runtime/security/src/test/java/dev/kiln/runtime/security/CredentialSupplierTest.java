package dev.kiln.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.client.KilnClientBuilder;
import dev.kiln.runtime.client.KilnHttpClient;
import dev.kiln.runtime.http.UnauthorizedException;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Client-side credentials, and that what they send is what the server accepts. */
class CredentialSupplierTest {

    /** A client builder as generated clients have, for the routes of {@link TestServer}. */
    private static final class MeClientBuilder extends KilnClientBuilder<MeClientBuilder> {
        MeClientBuilder() {
            super("secured");
        }

        @Override
        protected MeClientBuilder self() {
            return this;
        }

        KilnHttpClient build() {
            return buildHttpClient();
        }
    }

    @Test
    void valuesAndHeaders() {
        assertEquals("Bearer abc", CredentialSupplier.bearer("abc").get());
        assertEquals(HeaderNames.AUTHORIZATION, CredentialSupplier.bearer("abc").header());
        assertEquals("Basic YWxpY2U6czNjcjN0", CredentialSupplier.basic("alice", "s3cr3t").get());
        CredentialSupplier key = CredentialSupplier.apiKey("X-API-Key", "k");
        assertEquals("k", key.get());
        assertEquals("X-API-Key", key.header().defaultCase());
    }

    @Test
    void aSuppliedTokenIsAskedForOnEveryCall() {
        AtomicInteger calls = new AtomicInteger();
        CredentialSupplier refreshing = CredentialSupplier.bearer(() -> calls.incrementAndGet() == 1 ? "first" : null);
        assertEquals("Bearer first", refreshing.get());
        assertNull(refreshing.get(), "no token: no header");
    }

    @Test
    void headerSplittingAndAmbiguousValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CredentialSupplier.bearer("abc\r\nX-Admin: 1"));
        assertThrows(IllegalArgumentException.class, () -> CredentialSupplier.bearer(" "));
        assertThrows(IllegalArgumentException.class, () -> CredentialSupplier.basic("a:b", "c"));
        assertThrows(NullPointerException.class, () -> CredentialSupplier.basic("a", null));
        assertThrows(IllegalArgumentException.class, () -> CredentialSupplier.bearer(() -> "x\ny").get());
    }

    @Test
    void whatTheySendIsAccepted() {
        String key = ApiKeys.generate();
        try (TestServer server = TestServer.start(Map.of(
                "kiln.security.jwt.secret", Tokens.SECRET,
                "kiln.security.basic.users.alice.password", Passwords.hash("s3cr3t".toCharArray(), 1000),
                "kiln.security.api-key.keys.bot.hash", ApiKeys.hash(key)))) {
            for (CredentialSupplier credentials : new CredentialSupplier[] {
                    CredentialSupplier.bearer(Tokens.hs256(Tokens.SECRET, Tokens.admin())),
                    CredentialSupplier.basic("alice", "s3cr3t"),
                    CredentialSupplier.apiKey("X-API-Key", key)}) {
                HttpResponse<String> response = server.http().get("/me", credentials.header().defaultCase(), credentials.get());
                assertEquals(200, response.statusCode(), response.body());
            }
        }
    }

    @Test
    void aTypedClientSendsThemOnEveryCallAskingTheSupplierEachTime() {
        try (TestServer server = TestServer.start(Map.of("kiln.security.jwt.secret", Tokens.SECRET))) {
            List<String> tokens = List.of(Tokens.hs256(Tokens.SECRET, Tokens.admin()),
                    Tokens.hs256(Tokens.SECRET, Tokens.reader()));
            AtomicInteger asked = new AtomicInteger();
            KilnHttpClient client = new MeClientBuilder().baseUri(server.uri())
                    .credentials(CredentialSupplier.bearer(() -> tokens.get(asked.getAndIncrement() % 2)))
                    .build();

            assertTrue(me(client).startsWith("ada|"), "the first token");
            assertTrue(me(client).startsWith("bob|"), "the second token, asked for on the second call");
            assertEquals(2, asked.get());
        }
    }

    @Test
    void aRefusedCredentialIsAnUnauthorizedExceptionCarryingTheChallenge() {
        try (TestServer server = TestServer.start(Map.of("kiln.security.jwt.secret", Tokens.SECRET))) {
            KilnHttpClient client = new MeClientBuilder().baseUri(server.uri())
                    .credentials(CredentialSupplier.bearer(Tokens.hs256(Tokens.OTHER_SECRET, Tokens.admin())))
                    .build();

            UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> me(client));

            assertEquals(Optional.of("secured"), e.service());
            List<String> challenges = e.headers().stream()
                    .filter(header -> header.headerName().equals(HeaderNames.WWW_AUTHENTICATE))
                    .map(Header::get)
                    .toList();
            assertEquals(1, challenges.size(), e.headers().toString());
            assertTrue(challenges.getFirst().startsWith("Bearer realm=\"kiln\", error=\"invalid_token\""),
                    challenges.getFirst());
        }
    }

    private static String me(KilnHttpClient client) {
        return client.call(Method.GET, "/me").send().text(200);
    }
}
