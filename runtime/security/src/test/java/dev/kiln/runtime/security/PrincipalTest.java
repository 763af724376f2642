package dev.kiln.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The principal's value semantics and the claim conversions behind it. */
class PrincipalTest {

    @Test
    void anonymousIsNotAuthenticatedAndHasNothing() {
        assertFalse(Principal.ANONYMOUS.isAuthenticated());
        assertFalse(Principal.ANONYMOUS.hasAnyRole(Set.of("admin")));
        assertTrue(Principal.of("ada", "Basic", List.of()).isAuthenticated());
    }

    @Test
    void roleAndScopeChecks() {
        Principal p = new Principal("ada", "Bearer", Set.of("user", "auditor"), Set.of("a", "b"), Map.of());
        assertTrue(p.hasAnyRole(Set.of("admin", "auditor")));
        assertFalse(p.hasAnyRole(Set.of("admin")));
        assertFalse(p.hasAnyRole(Set.of()), "an empty any-of admits nobody");
        assertTrue(p.hasAllScopes(Set.of("a", "b")));
        assertFalse(p.hasAllScopes(Set.of("a", "c")));
        assertTrue(p.hasAllScopes(Set.of()));
    }

    @Test
    void claimsAreDeepImmutableCopiesOfSimpleValues() {
        List<Object> groups = new ArrayList<>(List.of("ops", 7));
        groups.add(null);
        Map<String, Object> nested = new HashMap<>(Map.of("roles", List.of("admin")));
        Map<String, Object> raw = new HashMap<>();
        raw.put("iat", Date.from(Instant.ofEpochSecond(1_700_000_000L)));
        raw.put("n", 42);
        raw.put("ratio", 0.5f);
        raw.put("groups", groups);
        raw.put("realm_access", nested);
        raw.put("gone", null);
        Principal p = new Principal("ada", "Bearer", Set.of(), Set.of(), raw);
        groups.add("later");
        nested.put("roles", List.of("none"));

        assertEquals(1_700_000_000L, p.claim("iat").orElseThrow());
        assertEquals(42L, p.claim("n").orElseThrow());
        assertEquals(0.5d, p.claim("ratio").orElseThrow());
        assertEquals(List.of("ops", 7L), p.claim("groups").orElseThrow());
        assertEquals(Map.of("roles", List.of("admin")), p.claim("realm_access").orElseThrow());
        assertFalse(p.claims().containsKey("gone"));
        assertTrue(p.stringClaim("n").isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> p.claims().put("x", "y"));
        @SuppressWarnings("unchecked")
        List<Object> copied = (List<Object>) p.claim("groups").orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> copied.add("x"));
        assertThrows(IllegalArgumentException.class,
                () -> new Principal("ada", "Bearer", Set.of(), Set.of(), Map.of("thread", Thread.currentThread())));
    }

    @Test
    void rolesAndScopesAreReadFromListsStringsAndPaths() {
        Map<String, Object> claims = new Principal("ada", "Bearer", Set.of(), Set.of(), Map.of(
                "scope", "orders:read  orders:write",
                "scp", List.of("profile"),
                "realm_access", Map.of("roles", List.of("admin")),
                "https://kiln.dev/roles", List.of("auditor"))).claims();
        assertEquals(Set.of("orders:read", "orders:write", "profile"), Claims.strings(claims, List.of("scope", "scp")));
        assertEquals(Set.of("admin", "auditor"), Claims.strings(claims, List.of("realm_access.roles", "https://kiln.dev/roles")));
        assertEquals(Set.of(), Claims.strings(claims, List.of("roles", "realm_access.missing.deeper", "scope.x")));
    }

    @Test
    void toStringLeavesClaimsOut() {
        Principal p = new Principal("ada", "Bearer", Set.of("admin"), Set.of(), Map.of("email", "ada@example.com"));
        assertFalse(p.toString().contains("ada@example.com"), p.toString());
        assertTrue(p.toString().contains("ada via Bearer"), p.toString());
    }
}
