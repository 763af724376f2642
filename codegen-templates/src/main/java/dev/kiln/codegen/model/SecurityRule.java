package dev.kiln.codegen.model;

import java.util.List;

/**
 * The authorization rule of a route: the method's, else its interface's.
 *
 * @param kind     which rule
 * @param values   the roles of {@code @RolesAllowed} or the scopes of {@code @RequiresScopes}, as declared
 *                 (duplicates dropped); empty for the other rules
 * @param declared where the rule was written
 */
public record SecurityRule(Kind kind, List<String> values, Declared declared) {

    public SecurityRule {
        values = List.copyOf(values);
    }

    /** The rules Kiln understands, named as users write them. */
    public enum Kind {
        PERMIT_ALL("PermitAll"),
        DENY_ALL("DenyAll"),
        AUTHENTICATED("Authenticated"),
        ROLES_ALLOWED("RolesAllowed"),
        REQUIRES_SCOPES("RequiresScopes");

        private final String annotation;

        Kind(String annotation) {
            this.annotation = annotation;
        }

        /** The annotation's simple name: {@code RolesAllowed}. */
        public String annotation() {
            return annotation;
        }
    }

    /**
     * Whether the check reads who is calling: authenticated, roles and scopes do; permit-all lets everybody
     * in and deny-all nobody.
     */
    public boolean needsPrincipal() {
        return kind != Kind.PERMIT_ALL && kind != Kind.DENY_ALL;
    }
}
