package dev.kiln.runtime.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.proc.JWSVerifierFactory;
import java.security.Key;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * nimbus's verifier factory, keeping one verifier per algorithm and key: the default builds a new one (and
 * its provider lookups) for every token, although the keys of a configuration rarely change. Verifiers are
 * thread-safe. The cache holds at most {@link #MAX_ENTRIES}; past that (a JWKS rotating through many keys)
 * it starts over.
 *
 * <pre>{@code
 * processor.setJWSVerifierFactory(new CachingVerifierFactory());
 * }</pre>
 */
final class CachingVerifierFactory implements JWSVerifierFactory {
    static final int MAX_ENTRIES = 64;

    private final DefaultJWSVerifierFactory delegate = new DefaultJWSVerifierFactory();
    private final ConcurrentHashMap<Entry, JWSVerifier> verifiers = new ConcurrentHashMap<>();

    private record Entry(JWSAlgorithm algorithm, Key key) {}

    @Override
    public JWSVerifier createJWSVerifier(JWSHeader header, Key key) throws JOSEException {
        // The algorithm is part of the entry: the header's alg picks the verifier, never a cached one's.
        Entry entry = new Entry(header.getAlgorithm(), key);
        JWSVerifier cached = verifiers.get(entry);
        if (cached != null) {
            return cached;
        }
        JWSVerifier created = delegate.createJWSVerifier(header, key);
        if (verifiers.size() >= MAX_ENTRIES) {
            verifiers.clear();
        }
        verifiers.putIfAbsent(entry, created);
        return created;
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return delegate.supportedJWSAlgorithms();
    }

    @Override
    public JCAContext getJCAContext() {
        return delegate.getJCAContext();
    }
}
