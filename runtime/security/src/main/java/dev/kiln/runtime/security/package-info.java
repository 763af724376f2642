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
 * A scheme is on when its keys are configured; with none, every request is anonymous. Lists are YAML
 * lists or one comma-separated value; durations take {@code 500ms}, {@code 30s}, {@code 5m} or ISO-8601.
 * A value that cannot be used fails at startup with a message naming its key.
 *
 * <table>
 * <caption>{@code kiln.security.*}</caption>
 * <tr><th>key</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code realm}</td><td>{@code kiln}</td><td>realm named in every {@code WWW-Authenticate} challenge</td></tr>
 * <tr><td colspan="3"><b>JWT bearer</b> ({@code Authorization: Bearer <jwt>}): exactly one key source</td></tr>
 * <tr><td>{@code jwt.secret}</td><td>—</td><td>HMAC shared secret, at least 32 bytes: UTF-8 text, or {@code base64:<Base64>}; default algorithm HS256</td></tr>
 * <tr><td>{@code jwt.public-key}</td><td>—</td><td>PEM {@code PUBLIC KEY} (RSA or EC P-256/384/521) or {@code CERTIFICATE}; default algorithm RS256 or ES256/384/512 by key</td></tr>
 * <tr><td>{@code jwt.public-key-file}</td><td>—</td><td>path of such a PEM file</td></tr>
 * <tr><td>{@code jwt.jwks-file}</td><td>—</td><td>path of a JWK set (JSON), read at startup; default algorithms by key type (RSA → RS256, EC → ES256, oct → HS256)</td></tr>
 * <tr><td>{@code jwt.jwks-url}</td><td>—</td><td>http(s) URL of a JWK set, fetched on first use and cached; default algorithms RS256, ES256</td></tr>
 * <tr><td>{@code jwt.jwks-cache-ttl}</td><td>{@code 5m}</td><td>how long fetched keys are used before refetching; a token with an unknown {@code kid} refetches at most every {@code min(30s, ttl/2)}; while the URL is down, the last keys stay in use</td></tr>
 * <tr><td>{@code jwt.jwks-connect-timeout} / {@code jwt.jwks-read-timeout}</td><td>{@code 1s} / {@code 1s}</td><td>JWKS fetch timeouts</td></tr>
 * <tr><td>{@code jwt.algorithms}</td><td>by key source</td><td>accepted {@code alg} values: HS256/384/512 need a secret (or oct keys), RS*, PS*, ES* a public key or JWKS</td></tr>
 * <tr><td>{@code jwt.issuer}</td><td>any</td><td>required {@code iss}</td></tr>
 * <tr><td>{@code jwt.audience}</td><td>any</td><td>{@code aud} must contain one of these</td></tr>
 * <tr><td>{@code jwt.clock-skew}</td><td>{@code 60s}</td><td>tolerance for {@code exp} and {@code nbf} (0s–10m): valid while {@code now < exp + skew} and {@code now >= nbf - skew}</td></tr>
 * <tr><td>{@code jwt.require-expiry}</td><td>{@code true}</td><td>refuse tokens without {@code exp}</td></tr>
 * <tr><td>{@code jwt.max-token-length}</td><td>{@code 8192}</td><td>longer tokens are refused unread (256–65536)</td></tr>
 * <tr><td>{@code jwt.name-claim}</td><td>{@code sub}</td><td>claim naming the principal (a string; required)</td></tr>
 * <tr><td>{@code jwt.roles-claims}</td><td>{@code roles}</td><td>claims holding roles: a list, or a space-separated string; a dotted name not found at the top level is followed as a path ({@code realm_access.roles})</td></tr>
 * <tr><td>{@code jwt.scope-claims}</td><td>{@code scope, scp}</td><td>claims holding scopes, read the same way ({@code scope} space-separated, {@code scp} a list)</td></tr>
 * <tr><td colspan="3"><b>HTTP Basic</b> ({@code Authorization: Basic ...})</td></tr>
 * <tr><td>{@code basic.users.<name>.password}</td><td>—</td><td>{@code pbkdf2-sha256$<iterations>$<salt>$<hash>} from {@link dev.kiln.runtime.security.HashTool} or {@link dev.kiln.runtime.security.Passwords}</td></tr>
 * <tr><td>{@code basic.users.<name>.roles} / {@code .scopes}</td><td>none</td><td>what the user is granted</td></tr>
 * <tr><td colspan="3"><b>API keys</b></td></tr>
 * <tr><td>{@code api-key.header}</td><td>{@code X-API-Key}</td><td>request header carrying the key</td></tr>
 * <tr><td>{@code api-key.keys.<name>.hash}</td><td>—</td><td>{@code sha256$<64 hex>} of the key ({@link dev.kiln.runtime.security.ApiKeys}); {@code <name>} is the principal's name</td></tr>
 * <tr><td>{@code api-key.keys.<name>.roles} / {@code .scopes}</td><td>none</td><td>what the key is granted</td></tr>
 * </table>
 *
 * <p>Schemes are tried in that order (bearer, Basic, API key); the first whose credentials are present
 * decides. User and key names are configuration keys, so they cannot contain dots.
 */
package dev.kiln.runtime.security;
