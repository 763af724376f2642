package dev.kiln.it;

import dev.kiln.runtime.security.ApiKeys;
import dev.kiln.runtime.security.Passwords;
import dev.kiln.runtime.security.Tokens;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code kiln.security.*} configuration of the secured suites: HS256 bearer tokens from {@link Tokens},
 * a Basic user {@code carol} (role auditor) and an API key {@code ci-bot} (role deployer, scope orders:read).
 *
 * <pre>{@code
 * KilnHandle app = TestServer.start(SecureConfig.values());
 * }</pre>
 */
final class SecureConfig {
    static final String CAROL_PASSWORD = "carol-pw";
    static final String API_KEY = ApiKeys.generate();
    private static final String CAROL_HASH = Passwords.hash(CAROL_PASSWORD.toCharArray(), 1000);

    private SecureConfig() {}

    static Map<String, String> values() {
        Map<String, String> values = new HashMap<>();
        values.put("kiln.security.jwt.secret", Tokens.SECRET);
        values.put("kiln.security.jwt.issuer", Tokens.ISSUER);
        values.put("kiln.security.jwt.audience", Tokens.AUDIENCE);
        values.put("kiln.security.basic.users.carol.password", CAROL_HASH);
        values.put("kiln.security.basic.users.carol.roles", "auditor");
        values.put("kiln.security.api-key.keys.ci-bot.hash", ApiKeys.hash(API_KEY));
        values.put("kiln.security.api-key.keys.ci-bot.roles", "deployer");
        values.put("kiln.security.api-key.keys.ci-bot.scopes", "orders:read");
        return values;
    }

    /** {@link #values()} and {@code more}. */
    static Map<String, String> with(Map<String, String> more) {
        Map<String, String> values = values();
        values.putAll(more);
        return values;
    }
}
