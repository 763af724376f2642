package dev.kiln.runtime.security;

/** Builds {@code WWW-Authenticate} challenges (RFC 9110 §11.6.1, RFC 6750 §3); built once, at startup. */
final class Challenge {
    private Challenge() {}

    /**
     * {@code scheme realm="realm"} followed by {@code name="value"} pairs:
     * {@code of("Bearer", "kiln", "error", "invalid_token")} is {@code Bearer realm="kiln", error="invalid_token"}.
     */
    static String of(String scheme, String realm, String... params) {
        StringBuilder challenge = new StringBuilder(scheme).append(" realm=").append(quoted(realm));
        for (int i = 0; i + 1 < params.length; i += 2) {
            challenge.append(", ").append(params[i]).append('=').append(quoted(params[i + 1]));
        }
        return challenge.toString();
    }

    /** A quoted-string; quotes and backslashes escaped, control characters dropped (they may not appear in a header). */
    static String quoted(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c >= 0x20 && c != 0x7F) {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
