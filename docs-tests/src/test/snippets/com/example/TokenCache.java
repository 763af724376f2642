package com.example;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Where an application keeps the token it sends (refreshed elsewhere). */
@Singleton
public class TokenCache {
    private volatile String current = "token";

    @Inject
    public TokenCache() {}

    public String current() {
        return current;
    }
}
