package dev.kiln.runtime.security;

import dev.kiln.runtime.config.KilnConfig;
import io.helidon.http.Headers;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP Basic (RFC 7617) against users in configuration, each with a PBKDF2 password hash (see
 * {@link Passwords}) and roles. An unknown user costs the same key derivation as a wrong password, so
 * response times do not tell which user names exist. Every Basic request pays one derivation (a few
 * hundred milliseconds of CPU at the default 600,000 iterations), which is the point for people and a
 * cost for busy machine callers: give those a bearer token or an API key.
 *
 * <pre>{@code
 * # application.yaml
 * kiln.security.basic.users:
 *   alice:
 *     password: "pbkdf2-sha256$600000$...$..."
 *     roles: [admin, user]
 * }</pre>
 */
public final class BasicAuthenticator implements Authenticator {
    /** The scheme name in challenges and in {@link Principal#scheme()}. */
    public static final String SCHEME = "Basic";
    /** The longest {@code Authorization} value read; longer is a 401 without decoding. */
    static final int MAX_CREDENTIALS_LENGTH = 4096;

    private static final String USERS = SecuritySettings.PREFIX + "basic.users";

    /** A configured user: the decoded hash and the principal a right password proves. */
    record User(PasswordHash password, Principal principal) {}

    private final Map<String, User> users;
    private final PasswordHash dummy;
    private final String challenge;

    /**
     * @param realm the realm named in the challenge
     * @param users by user name
     */
    BasicAuthenticator(String realm, Map<String, User> users) {
        this.users = Map.copyOf(users);
        this.challenge = Challenge.of(SCHEME, realm, "charset", "UTF-8");
        // Same cost as the strongest configured hash, with a salt nobody knows.
        int iterations = users.values().stream().mapToInt(u -> u.password().iterations()).max().orElse(PasswordHash.MIN_ITERATIONS);
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        this.dummy = new PasswordHash(iterations, salt, new byte[PasswordHash.HASH_BYTES]);
    }

    /**
     * The users under {@code kiln.security.basic.users.<name>} ({@code .password}, {@code .roles},
     * {@code .scopes}); empty when none is configured. A malformed hash fails here, naming its key.
     */
    public static Optional<BasicAuthenticator> fromConfig(KilnConfig config) {
        List<String> names = SecuritySettings.children(config, USERS);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Map<String, User> users = new HashMap<>();
        for (String name : names) {
            String key = USERS + "." + name + ".password";
            PasswordHash hash;
            try {
                hash = PasswordHash.parse(config.require(key));
            } catch (IllegalArgumentException e) {
                throw SecuritySettings.invalid(key, e.getMessage());
            }
            Set<String> roles = Set.copyOf(SecuritySettings.list(config, USERS + "." + name + ".roles"));
            Set<String> scopes = Set.copyOf(SecuritySettings.list(config, USERS + "." + name + ".scopes"));
            users.put(name, new User(hash, new Principal(name, SCHEME, roles, scopes, Map.of())));
        }
        return Optional.of(new BasicAuthenticator(SecuritySettings.realm(config), users));
    }

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public Optional<String> authorizationScheme() {
        return Optional.of(SCHEME);
    }

    @Override
    public String challenge() {
        return challenge;
    }

    @Override
    public Optional<Principal> authenticate(Headers headers) {
        String authorization = AuthorizationHeader.value(headers, challenge);
        String credentials = authorization == null ? null : AuthorizationHeader.credentials(authorization, SCHEME);
        if (credentials == null) {
            return Optional.empty();
        }
        if (credentials.isEmpty() || credentials.length() > MAX_CREDENTIALS_LENGTH) {
            throw invalid();
        }
        char[] decoded = decode(credentials);
        try {
            int colon = indexOf(decoded, ':');
            if (colon < 0) {
                throw invalid();
            }
            String userName = new String(decoded, 0, colon);
            char[] password = Arrays.copyOfRange(decoded, colon + 1, decoded.length);
            try {
                return Optional.of(check(userName, password));
            } finally {
                Arrays.fill(password, '\0');
            }
        } finally {
            Arrays.fill(decoded, '\0');
        }
    }

    private Principal check(String userName, char[] password) {
        User user = users.get(userName);
        if (user == null) {
            dummy.matches(password);
            throw invalid();
        }
        if (!user.password().matches(password)) {
            throw invalid();
        }
        return user.principal();
    }

    /** base64(user ":" password) as UTF-8 characters; anything else is a 401. */
    private char[] decode(String credentials) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(credentials);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            char[] decoded = new char[chars.remaining()];
            chars.get(decoded);
            Arrays.fill(chars.array(), '\0');
            return decoded;
        } catch (CharacterCodingException e) {
            throw invalid();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private AuthenticationException invalid() {
        return AuthenticationException.invalid(challenge, "The user name or password is not valid");
    }

    private static int indexOf(char[] chars, char c) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
