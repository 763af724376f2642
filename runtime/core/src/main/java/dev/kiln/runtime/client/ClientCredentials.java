package dev.kiln.runtime.client;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import java.util.Objects;

/**
 * What a typed client sends to prove who it is: a header value, asked for once per call, so that a supplier
 * backed by a token cache hands out a fresh token when the old one expires. The header is {@code Authorization}
 * unless {@link #header()} says otherwise (an API key). runtime/security's {@code CredentialSupplier} builds
 * the usual ones (bearer, Basic, API key).
 *
 * <pre>{@code
 * OrderApi orders = OrderApiClient.builder()
 *         .config(config)
 *         .credentials(() -> "Bearer " + tokens.current())   // asked for on every call
 *         .build();
 * }</pre>
 */
@FunctionalInterface
public interface ClientCredentials {

    /** The header value for the next call ({@code Bearer eyJ...}), or null to send none. */
    String get();

    /** The header the value goes in. */
    default HeaderName header() {
        return HeaderNames.AUTHORIZATION;
    }

    /** {@code Authorization: Bearer <token>}, the same token every call. */
    static ClientCredentials bearer(String token) {
        String value = "Bearer " + checked(token, "token");
        return () -> value;
    }

    /** The key in {@code header} ({@code X-API-Key}), the same key every call. */
    static ClientCredentials apiKey(String header, String key) {
        HeaderName name = HeaderNames.create(checked(header, "header").strip());
        String value = checked(key, "key");
        return new ClientCredentials() {
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

    /** Non-null, non-blank, and free of the line breaks that would split a header; else an exception naming {@code what}. */
    static String checked(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank() || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("The " + what + " must be non-blank text on one line");
        }
        return value;
    }
}
