package dev.kiln.runtime.boot;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.ErrorResponses;
import dev.kiln.runtime.http.Problem;
import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.http.ServerRequestHeaders;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * CORS from {@code kiln.cors.*}: answers preflight requests itself (no route serves {@code OPTIONS}) and
 * adds {@code Access-Control-Allow-Origin} and its companions to the responses of allowed origins.
 * A preflight from an origin, for a method or with a header that is not allowed is a 403 problem. An
 * actual request from an origin that is not allowed is served without CORS headers: the browser then
 * withholds the answer from the page, and requests that are not cross-origin still work.
 */
final class CorsFilter implements Filter {
    static final String PREFIX = "kiln.cors.";
    static final List<String> DEFAULT_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
    static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(30);

    private static final HeaderName REQUEST_METHOD = HeaderNames.ACCESS_CONTROL_REQUEST_METHOD;
    private static final HeaderName REQUEST_HEADERS = HeaderNames.ACCESS_CONTROL_REQUEST_HEADERS;
    private static final Header ALLOW_ANY_ORIGIN = HeaderValues.createCached(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    private static final Header ALLOW_CREDENTIALS =
            HeaderValues.createCached(HeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
    private static final Header VARY_ORIGIN = HeaderValues.createCached(HeaderNames.VARY, "Origin");
    private static final Header VARY_PREFLIGHT = HeaderValues.createCached(HeaderNames.VARY,
            "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");

    private final boolean anyOrigin;
    private final Set<String> origins;
    private final boolean anyMethod;
    private final Set<String> methods;
    private final Header allowMethods;
    private final boolean anyHeader;
    private final Set<String> headers;
    private final Header allowHeaders;
    private final Header exposeHeaders;
    private final boolean credentials;
    private final Header maxAge;

    private CorsFilter(List<String> origins, List<String> methods, List<String> headers, List<String> exposed,
                       boolean credentials, Duration maxAge) {
        this.anyOrigin = origins.contains("*");
        this.origins = lowerCase(origins);
        this.anyMethod = methods.contains("*");
        this.methods = Set.copyOf(methods);
        this.allowMethods = anyMethod ? null : HeaderValues.create(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, String.join(", ", methods));
        this.anyHeader = headers.contains("*");
        this.headers = lowerCase(headers);
        this.allowHeaders = anyHeader || headers.isEmpty() ? null
                : HeaderValues.create(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, String.join(", ", headers));
        this.exposeHeaders = exposed.isEmpty() ? null
                : HeaderValues.create(HeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, String.join(", ", exposed));
        this.credentials = credentials;
        this.maxAge = HeaderValues.create(HeaderNames.ACCESS_CONTROL_MAX_AGE, String.valueOf(maxAge.toSeconds()));
    }

    /** The filter {@code kiln.cors.*} describes; empty when {@code kiln.cors.allowed-origins} is not set. */
    static Optional<CorsFilter> fromConfig(KilnConfig config) {
        List<String> origins = new ArrayList<>();
        for (String origin : config.getList(PREFIX + "allowed-origins")) {
            // A browser's Origin never ends with '/'; a configured one often does.
            origins.add(origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin);
        }
        if (origins.isEmpty()) {
            return Optional.empty();
        }
        List<String> methods = config.getList(PREFIX + "allowed-methods");
        methods = methods.isEmpty() ? DEFAULT_METHODS : methods.stream().map(m -> m.toUpperCase(Locale.ROOT)).toList();
        List<String> headers = config.getList(PREFIX + "allowed-headers");
        headers = headers.isEmpty() ? List.of("*") : headers;
        List<String> exposed = config.get(PREFIX + "exposed-headers").isPresent()
                ? config.getList(PREFIX + "exposed-headers")
                : List.of("X-Request-Id");
        boolean credentials = config.getBoolean(PREFIX + "allow-credentials", false);
        if (credentials && origins.contains("*")) {
            throw new IllegalArgumentException("Configuration '" + PREFIX + "allowed-origins' must list the origins "
                    + "when '" + PREFIX + "allow-credentials' is true: '*' would let every web site send "
                    + "requests with its visitors' credentials");
        }
        Duration maxAge = config.getDuration(PREFIX + "max-age", DEFAULT_MAX_AGE);
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("Configuration '" + PREFIX + "max-age' must not be negative, but is " + maxAge);
        }
        return Optional.of(new CorsFilter(origins, methods, headers, exposed, credentials, maxAge));
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        ServerRequestHeaders requestHeaders = req.headers();
        if (!requestHeaders.contains(HeaderNames.ORIGIN)) {
            if (!anyOrigin) {
                // The answer depends on Origin: caches must not hand it to a cross-origin request.
                res.beforeSend(() -> res.headers().add(VARY_ORIGIN));
            }
            chain.proceed();
            return;
        }
        String origin = requestHeaders.get(HeaderNames.ORIGIN).get();
        boolean allowed = anyOrigin || origins.contains(origin.toLowerCase(Locale.ROOT));
        if (req.prologue().method() == Method.OPTIONS && requestHeaders.contains(REQUEST_METHOD)) {
            preflight(req, res, origin, allowed);
            return;
        }
        if (allowed) {
            Header allowOrigin = allowOrigin(origin);
            res.beforeSend(() -> {
                res.header(allowOrigin);
                if (credentials) {
                    res.header(ALLOW_CREDENTIALS);
                }
                if (exposeHeaders != null) {
                    res.header(exposeHeaders);
                }
                if (!anyOrigin) {
                    res.headers().add(VARY_ORIGIN);
                }
            });
        } else {
            res.beforeSend(() -> res.headers().add(VARY_ORIGIN));
        }
        chain.proceed();
    }

    private void preflight(RoutingRequest req, RoutingResponse res, String origin, boolean allowed) {
        ServerRequestHeaders requestHeaders = req.headers();
        res.header(VARY_PREFLIGHT);
        if (!allowed) {
            refuse(req, res, "origin " + origin + " is not allowed");
            return;
        }
        String method = requestHeaders.get(REQUEST_METHOD).get().strip();
        if (!anyMethod && !methods.contains(method)) {
            refuse(req, res, "method " + method + " is not allowed; allowed: " + allowMethods.get());
            return;
        }
        String requested = requestHeaders.contains(REQUEST_HEADERS) ? requestHeaders.get(REQUEST_HEADERS).get() : "";
        if (!anyHeader) {
            for (String header : requested.split(",")) {
                String name = header.strip();
                if (!name.isEmpty() && !headers.contains(name.toLowerCase(Locale.ROOT))) {
                    refuse(req, res, "header " + name + " is not allowed"
                            + (allowHeaders == null ? "" : "; allowed: " + allowHeaders.get()));
                    return;
                }
            }
        }
        res.status(204);
        res.header(allowOrigin(origin));
        res.header(allowMethods != null ? allowMethods : HeaderValues.create(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, method));
        if (anyHeader && !requested.isBlank()) {
            res.header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, requested);
        } else if (allowHeaders != null) {
            res.header(allowHeaders);
        }
        if (credentials) {
            res.header(ALLOW_CREDENTIALS);
        }
        res.header(maxAge);
        res.send();
    }

    /** {@code *} when any origin is allowed (never with credentials, see fromConfig), else the caller's origin. */
    private Header allowOrigin(String origin) {
        return anyOrigin ? ALLOW_ANY_ORIGIN : HeaderValues.create(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    }

    private static void refuse(RoutingRequest req, RoutingResponse res, String why) {
        ErrorResponses.send(req, res, Problem.of(403, "CORS preflight refused: " + why));
    }

    private static Set<String> lowerCase(List<String> values) {
        Set<String> lower = new LinkedHashSet<>();
        for (String value : values) {
            lower.add(value.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(lower);
    }
}
