package dev.kiln.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.helidon.http.HeaderNames;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Client-side credentials, and that what they send is what the server accepts. */
class CredentialSupplierTest {

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
}
