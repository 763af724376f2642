package dev.kiln.runtime.security;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;

/** Reads {@code Authorization: <scheme> <credentials>} (RFC 9110 §11.6.2); the scheme is case-insensitive. */
final class AuthorizationHeader {
    private AuthorizationHeader() {}

    /** The header's single value, or null when absent; more than one {@code Authorization} header is a 401. */
    static String value(Headers headers, String challenge) {
        Header header = headers.find(HeaderNames.AUTHORIZATION).orElse(null);
        if (header == null) {
            return null;
        }
        if (header.valueCount() != 1) {
            throw AuthenticationException.invalid(challenge, "The request carries more than one Authorization header");
        }
        return header.get();
    }

    /** The auth-scheme of {@code value}: the text before the first space. */
    static String scheme(String value) {
        int space = value.indexOf(' ');
        return space < 0 ? value : value.substring(0, space);
    }

    /** The credentials after {@code scheme} and its spaces, or null when {@code value} has another scheme. */
    static String credentials(String value, String scheme) {
        if (value.length() <= scheme.length() || value.charAt(scheme.length()) != ' '
                || !value.regionMatches(true, 0, scheme, 0, scheme.length())) {
            return value.equalsIgnoreCase(scheme) ? "" : null;
        }
        int start = scheme.length();
        while (start < value.length() && value.charAt(start) == ' ') {
            start++;
        }
        return value.substring(start).strip();
    }
}
