package dev.kiln.runtime.client;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;

/** The fixed credentials a client's configuration can give ({@code kiln.clients.<service>.bearer-token}, {@code .api-key}). */
final class ConfiguredCredentials {
    /** The header an API key goes in unless {@code .api-key-header} says otherwise; the server side reads the same. */
    static final String API_KEY_HEADER = "X-API-Key";

    private ConfiguredCredentials() {}

    static ClientCredentials bearer(String token) {
        String value = "Bearer " + token;
        return () -> value;
    }

    static ClientCredentials apiKey(String header, String key) {
        HeaderName name = HeaderNames.create(header.strip());
        return new ClientCredentials() {
            @Override
            public String get() {
                return key;
            }

            @Override
            public HeaderName header() {
                return name;
            }
        };
    }
}
