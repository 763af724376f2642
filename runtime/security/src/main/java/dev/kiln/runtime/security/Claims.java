package dev.kiln.runtime.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads role and scope lists out of a credential's claims. */
final class Claims {
    private Claims() {}

    /**
     * The values of the named claims, united: a list claim gives its string elements, a string claim its
     * space-separated words ({@code "scope": "orders:read orders:write"}). A name that is not a top-level
     * claim and contains dots is followed as a path ({@code realm_access.roles}), so namespaced claim
     * names such as {@code https://example.com/roles} still work as they are.
     */
    static Set<String> strings(Map<String, Object> claims, List<String> claimNames) {
        Set<String> values = new LinkedHashSet<>();
        for (String claimName : claimNames) {
            Object value = lookup(claims, claimName);
            if (value instanceof String text) {
                for (String word : text.split("\\s+")) {
                    if (!word.isEmpty()) {
                        values.add(word);
                    }
                }
            } else if (value instanceof List<?> list) {
                for (Object element : list) {
                    if (element instanceof String text && !text.isBlank()) {
                        values.add(text.strip());
                    }
                }
            }
        }
        return values;
    }

    private static Object lookup(Map<String, Object> claims, String claimName) {
        Object value = claims.get(claimName);
        if (value != null || claimName.indexOf('.') < 0) {
            return value;
        }
        Object node = claims;
        for (String part : claimName.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(part);
        }
        return node;
    }
}
