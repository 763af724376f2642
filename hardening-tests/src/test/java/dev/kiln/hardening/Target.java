package dev.kiln.hardening;

import dev.kiln.hardening.service.KilnTargetApp;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.security.Tokens;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** The generated target application on an ephemeral port, with the test JWT secret and the given settings. */
final class Target implements AutoCloseable {
    private final KilnHandle handle;

    private Target(KilnHandle handle) {
        this.handle = handle;
    }

    static Target start(Map<String, String> settings) {
        Map<String, String> config = new HashMap<>();
        config.put("server.port", "0");
        config.put("server.host", "127.0.0.1");
        config.put("kiln.security.jwt.secret", Tokens.SECRET);
        config.put("kiln.security.jwt.issuer", Tokens.ISSUER);
        config.put("kiln.security.jwt.audience", Tokens.AUDIENCE);
        config.putAll(settings);
        return new Target(KilnTargetApp.start(KilnConfig.of(config)));
    }

    URI uri() {
        return handle.uri();
    }

    int port() {
        return handle.uri().getPort();
    }

    @Override
    public void close() {
        handle.close();
    }
}
