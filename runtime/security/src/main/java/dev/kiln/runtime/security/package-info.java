/**
 * Security for Kiln services: authentication (JWT bearer, HTTP Basic, API keys), the request's
 * {@link dev.kiln.runtime.security.Principal}, the authorization {@link dev.kiln.runtime.security.Rules}
 * generated routers call, and {@link dev.kiln.runtime.security.CredentialSupplier} for typed clients.
 *
 * <p>Everything is composed once at startup from configuration; per request, {@link
 * dev.kiln.runtime.security.AuthenticationFilter} (a global filter that {@link
 * dev.kiln.runtime.security.KilnSecurityModule} adds to a generated application) authenticates and stores
 * the principal, and each generated route makes its rule's check inline, before it binds any parameter.
 * Unauthenticated → 401 with {@code WWW-Authenticate}; authenticated but not allowed → 403; both as
 * {@code application/problem+json}.
 *
 * <pre>{@code
 * // generated for @RolesAllowed("admin") on OrderApi.cancel
 * private void cancel(ServerRequest req, ServerResponse res) {
 *     Principal principal = Security.principal(req);
 *     Rules.requireRoles(principal, ROLES_ADMIN);
 *     long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);
 *     ...
 * }
 * }</pre>
 *
 * <h2>Configuration</h2>
 * A scheme is on when its keys are configured ({@code kiln.security.jwt.*}, {@code kiln.security.basic.users.*},
 * {@code kiln.security.api-key.keys.*}); with none, every request is anonymous. A value that cannot be used fails at
 * startup with a message naming its key. Every {@code kiln.security.*} key, with its default, meaning and an
 * example, where {@code jwt.secret} and the roles claim go, and how {@link dev.kiln.runtime.security.HashTool} makes
 * password and API-key hashes: docs/security.md, "Configuration keys" (one table, kept there).
 */
package dev.kiln.runtime.security;
