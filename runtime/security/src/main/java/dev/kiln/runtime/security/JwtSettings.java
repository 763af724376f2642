package dev.kiln.runtime.security;

import dev.kiln.runtime.config.KilnConfig;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The claim rules of {@code kiln.security.jwt.*}: who must have issued a token, for whom, how much clock
 * difference is tolerated, and which claims name the principal and carry its roles and scopes.
 *
 * @param issuer         the required {@code iss}, or null to accept any
 * @param audiences      {@code aud} must contain one of these; empty to accept any
 * @param clockSkew      tolerance for {@code exp} and {@code nbf}
 * @param requireExpiry  whether a token without {@code exp} is rejected
 * @param maxTokenLength the longest token read
 * @param nameClaim      the claim naming the principal
 * @param roleClaims     claims holding roles
 * @param scopeClaims    claims holding scopes
 */
record JwtSettings(String issuer, Set<String> audiences, Duration clockSkew, boolean requireExpiry, int maxTokenLength,
                   String nameClaim, List<String> roleClaims, List<String> scopeClaims) {
    static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    static final int DEFAULT_MAX_TOKEN_LENGTH = 8192;

    static JwtSettings fromConfig(KilnConfig config) {
        String prefix = JwtKeys.PREFIX;
        Duration skew = config.getDuration(prefix + "clock-skew", DEFAULT_CLOCK_SKEW);
        if (skew.isNegative() || skew.compareTo(Duration.ofMinutes(10)) > 0) {
            throw SecuritySettings.invalid(prefix + "clock-skew", "must be 0s to 10m, but is " + skew);
        }
        int maxLength = config.getInt(prefix + "max-token-length", DEFAULT_MAX_TOKEN_LENGTH);
        if (maxLength < 256 || maxLength > 65536) {
            throw SecuritySettings.invalid(prefix + "max-token-length", "must be 256 to 65536, but is " + maxLength);
        }
        List<String> roleClaims = SecuritySettings.list(config, prefix + "roles-claims");
        List<String> scopeClaims = SecuritySettings.list(config, prefix + "scope-claims");
        return new JwtSettings(
                config.get(prefix + "issuer").map(String::strip).filter(s -> !s.isEmpty()).orElse(null),
                Set.copyOf(SecuritySettings.list(config, prefix + "audience")),
                skew,
                config.getBoolean(prefix + "require-expiry", true),
                maxLength,
                config.get(prefix + "name-claim", "sub").strip(),
                roleClaims.isEmpty() ? List.of("roles") : List.copyOf(roleClaims),
                scopeClaims.isEmpty() ? List.of("scope", "scp") : List.copyOf(scopeClaims));
    }
}
