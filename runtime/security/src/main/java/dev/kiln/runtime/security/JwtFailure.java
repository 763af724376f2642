package dev.kiln.runtime.security;

/**
 * Why a bearer token was refused, as a client may be told: a forged token and a token signed with a
 * retired key read the same ({@link #INVALID}), so a failure says nothing about the keys.
 */
enum JwtFailure {
    MALFORMED("The access token is malformed"),
    INVALID("The access token is not valid"),
    EXPIRED("The access token has expired"),
    NOT_YET_VALID("The access token is not valid yet"),
    WRONG_ISSUER("The access token was not issued by a trusted issuer"),
    WRONG_AUDIENCE("The access token was not issued for this service"),
    MISSING_CLAIM("The access token lacks a required claim");

    private final String description;

    JwtFailure(String description) {
        this.description = description;
    }

    /** The problem detail and the challenge's {@code error_description}. */
    String description() {
        return description;
    }
}
