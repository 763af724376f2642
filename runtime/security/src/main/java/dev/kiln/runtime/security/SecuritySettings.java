package dev.kiln.runtime.security;

import dev.kiln.runtime.config.KilnConfig;
import java.util.List;

/** Reads the parts of {@code kiln.security.*} that {@link KilnConfig}'s scalar getters do not cover. */
final class SecuritySettings {
    static final String PREFIX = "kiln.security.";

    private SecuritySettings() {}

    /** {@code kiln.security.realm}, named in every challenge. */
    static String realm(KilnConfig config) {
        return config.get(PREFIX + "realm", Authenticators.DEFAULT_REALM);
    }

    /**
     * A list given either as a YAML list or as one comma-separated value ({@code admin, auditor}); blanks
     * dropped; empty when absent.
     */
    static List<String> list(KilnConfig config, String key) {
        return config.getList(key);
    }

    /** The names of the entries under {@code key} ({@code kiln.security.basic.users} → user names), sorted. */
    static List<String> children(KilnConfig config, String key) {
        return config.childNames(key);
    }

    /** An {@link IllegalArgumentException} naming the key, for a value that cannot be used. */
    static IllegalArgumentException invalid(String key, String problem) {
        return new IllegalArgumentException("Configuration '" + key + "' " + problem);
    }
}
