package dev.kiln.runtime.security;

import dev.kiln.runtime.config.KilnConfig;
import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * API keys in a request header ({@code X-API-Key} unless configured), each configured as its SHA-256
 * (see {@link ApiKeys}) with the principal name, roles and scopes it stands for. The presented key is
 * hashed once and compared with every configured hash in constant time, with no early exit.
 *
 * <pre>{@code
 * # application.yaml
 * kiln.security.api-key:
 *   header: X-API-Key
 *   keys:
 *     ci-bot:
 *       hash: "sha256$5e8848..."
 *       roles: [deployer]
 * }</pre>
 */
public final class ApiKeyAuthenticator implements Authenticator {
    /** The scheme name in challenges and in {@link Principal#scheme()}. */
    public static final String SCHEME = "ApiKey";
    /** The header read when {@code kiln.security.api-key.header} is not set. */
    public static final String DEFAULT_HEADER = "X-API-Key";
    /** The longest key read; longer is a 401 without hashing. */
    static final int MAX_KEY_LENGTH = 1024;

    private static final String PREFIX = SecuritySettings.PREFIX + "api-key.";

    /** A configured key: its SHA-256 and the principal it proves. */
    record Key(byte[] sha256, Principal principal) {}

    private final HeaderName header;
    private final Key[] keys;
    private final String challenge;

    /**
     * @param realm  the realm named in the challenge
     * @param header the request header carrying the key
     * @param keys   the configured keys
     */
    ApiKeyAuthenticator(String realm, String header, List<Key> keys) {
        this.header = HeaderNames.create(header);
        this.keys = keys.toArray(Key[]::new);
        // Not a registered HTTP scheme: it tells a client which header to send.
        this.challenge = Challenge.of(SCHEME, realm, "header", header);
    }

    /**
     * The keys under {@code kiln.security.api-key.keys.<name>} ({@code .hash}, {@code .roles},
     * {@code .scopes}) read from {@code kiln.security.api-key.header}; empty when none is configured.
     */
    public static Optional<ApiKeyAuthenticator> fromConfig(KilnConfig config) {
        List<String> names = SecuritySettings.children(config, PREFIX + "keys");
        if (names.isEmpty()) {
            return Optional.empty();
        }
        List<Key> keys = new ArrayList<>();
        for (String name : names) {
            String entry = PREFIX + "keys." + name;
            byte[] sha256;
            try {
                sha256 = ApiKeys.decode(config.require(entry + ".hash"));
            } catch (IllegalArgumentException e) {
                throw SecuritySettings.invalid(entry + ".hash", e.getMessage());
            }
            for (Key other : keys) {
                if (MessageDigest.isEqual(other.sha256(), sha256)) {
                    throw SecuritySettings.invalid(entry + ".hash", "is the same key as '" + other.principal().name() + "'");
                }
            }
            Set<String> roles = Set.copyOf(SecuritySettings.list(config, entry + ".roles"));
            Set<String> scopes = Set.copyOf(SecuritySettings.list(config, entry + ".scopes"));
            keys.add(new Key(sha256, new Principal(name, SCHEME, roles, scopes, Map.of())));
        }
        String header = config.get(PREFIX + "header", DEFAULT_HEADER).strip();
        if (header.isEmpty() || header.equalsIgnoreCase(HeaderNames.AUTHORIZATION_NAME)) {
            throw SecuritySettings.invalid(PREFIX + "header", "must name a header other than Authorization, such as X-API-Key");
        }
        return Optional.of(new ApiKeyAuthenticator(SecuritySettings.realm(config), header, keys));
    }

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public String challenge() {
        return challenge;
    }

    @Override
    public Optional<Principal> authenticate(Headers headers) {
        Header found = headers.find(header).orElse(null);
        if (found == null) {
            return Optional.empty();
        }
        if (found.valueCount() != 1) {
            throw invalid();
        }
        String presented = found.get().strip();
        if (presented.isEmpty() || presented.length() > MAX_KEY_LENGTH) {
            throw invalid();
        }
        byte[] digest = ApiKeys.digest(presented);
        Principal match = null;
        for (Key key : keys) {
            // Every key is compared, so the time taken does not depend on which one matched.
            if (MessageDigest.isEqual(key.sha256(), digest) && match == null) {
                match = key.principal();
            }
        }
        if (match == null) {
            throw invalid();
        }
        return Optional.of(match);
    }

    private AuthenticationException invalid() {
        return AuthenticationException.invalid(challenge, "The API key is not valid");
    }
}
