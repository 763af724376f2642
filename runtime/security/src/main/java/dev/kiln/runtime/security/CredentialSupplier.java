package dev.kiln.runtime.security;

import dev.kiln.runtime.client.ClientCredentials;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
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
        String value = "Bearer " + checked(token, "token");
        return () -> value;
    }

    /** {@code Authorization: Bearer <token>} with the token {@code tokens} gives for each call (none when it gives null). */
    static CredentialSupplier bearer(Supplier<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return () -> {
            String token = tokens.get();
            return token == null ? null : "Bearer " + checked(token, "token");
        };
    }

    /** {@code Authorization: Basic base64(user:password)} (RFC 7617, UTF-8). */
    static CredentialSupplier basic(String user, String password) {
        if (checked(user, "user").indexOf(':') >= 0) {
            throw new IllegalArgumentException("A Basic user name cannot contain ':'");
        }
        Objects.requireNonNull(password, "password");
        String value = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return () -> value;
    }

    /** The key in {@code header} ({@code X-API-Key}), the same key every call. */
    static CredentialSupplier apiKey(String header, String key) {
        HeaderName name = HeaderNames.create(checked(header, "header"));
        String value = checked(key, "key");
        return new CredentialSupplier() {
            @Override
            public String get() {
                return value;
            }

            @Override
            public HeaderName header() {
                return name;
            }
        };
    }

    /** Non-null, non-blank, and free of the line breaks that would split a header. */
    private static String checked(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank() || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("The " + what + " must be non-blank text on one line");
        }
        return value;
    }
}
