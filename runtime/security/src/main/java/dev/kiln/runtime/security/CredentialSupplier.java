package dev.kiln.runtime.security;

import dev.kiln.runtime.client.ClientCredentials;
import io.helidon.http.HeaderName;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a typed client sends to prove who it is, for the schemes this module authenticates: the client's
 * {@link ClientCredentials} (a header value, asked for once per call, so a supplier backed by a token cache
 * can hand out a fresh token when the old one expires), built from a token, a user and password, or an API
 * key. {@link #header()} is {@code Authorization} unless the credential travels in another header (an API key).
 *
 * <pre>{@code
 * CredentialSupplier fixed = CredentialSupplier.bearer(token);
 * CredentialSupplier refreshed = CredentialSupplier.bearer(tokenCache::currentToken);
 * CredentialSupplier basic = CredentialSupplier.basic("alice", "s3cret");
 * CredentialSupplier key = CredentialSupplier.apiKey("X-API-Key", apiKey);
 *
 * OrderApi orders = OrderApiClient.builder().config(config).credentials(refreshed).build();
 * }</pre>
 */
@FunctionalInterface
public interface CredentialSupplier extends ClientCredentials, Supplier<String> {

    /** The header value for the next call ({@code Bearer eyJ...}), or null to send no credentials. */
    @Override
    String get();

    /** {@code Authorization: Bearer <token>}, the same token every call. */
    static CredentialSupplier bearer(String token) {
        return of(ClientCredentials.bearer(token));
    }

    /** {@code Authorization: Bearer <token>} with the token {@code tokens} gives for each call (none when it gives null). */
    static CredentialSupplier bearer(Supplier<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return () -> {
            String token = tokens.get();
            return token == null ? null : "Bearer " + ClientCredentials.checked(token, "token");
        };
    }

    /** {@code Authorization: Basic base64(user:password)} (RFC 7617, UTF-8). */
    static CredentialSupplier basic(String user, String password) {
        if (ClientCredentials.checked(user, "user").indexOf(':') >= 0) {
            throw new IllegalArgumentException("A Basic user name cannot contain ':'");
        }
        Objects.requireNonNull(password, "password");
        String value = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return () -> value;
    }

    /** The key in {@code header} ({@code X-API-Key}), the same key every call. */
    static CredentialSupplier apiKey(String header, String key) {
        return of(ClientCredentials.apiKey(header, key));
    }

    /** {@code credentials} as a supplier. */
    private static CredentialSupplier of(ClientCredentials credentials) {
        return new CredentialSupplier() {
            @Override
            public String get() {
                return credentials.get();
            }

            @Override
            public HeaderName header() {
                return credentials.header();
            }
        };
    }
}
