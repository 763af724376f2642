package dev.kiln.runtime.client;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;

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
}
