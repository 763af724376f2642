package dev.kiln.runtime.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.List;

/**
 * A remote JWK source that remembers whether it ever delivered keys. Nimbus rate-limits refetches,
 * and reports a refetch it refuses the same way whether keys are cached (a token naming an unknown
 * {@code kid}: the token's fault, a 401) or not (the issuer has been unreachable since startup: a 503).
 */
final class TrackingJwkSource implements JWKSource<SecurityContext> {
    private final JWKSource<SecurityContext> delegate;
    private volatile boolean delivered;

    TrackingJwkSource(JWKSource<SecurityContext> delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        List<JWK> keys = delegate.get(selector, context);
        delivered = true;
        return keys;
    }

    /** Whether keys were ever fetched. */
    boolean delivered() {
        return delivered;
    }
}
