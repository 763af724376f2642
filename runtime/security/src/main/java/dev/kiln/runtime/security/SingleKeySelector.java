package dev.kiln.runtime.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.Key;
import java.util.List;
import java.util.Set;

/**
 * The one configured key (a shared secret or a PEM public key) for tokens whose {@code alg} is one of
 * the accepted algorithms, and no key for any other. The token's {@code kid}, {@code jwk}, {@code jku}
 * and {@code x5u} headers are ignored: keys never come from the token.
 */
final class SingleKeySelector implements JWSKeySelector<SecurityContext> {
    private final Set<JWSAlgorithm> algorithms;
    private final List<Key> key;

    SingleKeySelector(Set<JWSAlgorithm> algorithms, Key key) {
        this.algorithms = Set.copyOf(algorithms);
        this.key = List.of(key);
    }

    @Override
    public List<Key> selectJWSKeys(JWSHeader header, SecurityContext context) {
        return algorithms.contains(header.getAlgorithm()) ? key : List.of();
    }
}
