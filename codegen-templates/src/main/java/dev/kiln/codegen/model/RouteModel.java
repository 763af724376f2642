package dev.kiln.codegen.model;

import java.util.List;
import java.util.Optional;

/**
 * One method of a service interface mapped to HTTP.
 *
 * @param methodName the Java method name
 * @param method     the HTTP method
 * @param path       the full path template, interface path and sub-path joined, e.g. {@code /orders/{id}}
 * @param status     the success status: {@code @Status}, else 204 for {@code void}, else 200
 * @param params     parameters in declaration order
 * @param result     the return type ({@link ValueType.Void} for {@code void})
 * @param policy     its security rule, rate limit and filters
 * @param idempotent {@code @Idempotent}: safe to send twice although its method is not idempotent
 */
public record RouteModel(
        String methodName, HttpMethod method, String path, int status, List<ParamModel> params, ValueType result,
        RoutePolicy policy, boolean idempotent) {

    /** A route not marked {@code @Idempotent}. */
    public RouteModel(String methodName, HttpMethod method, String path, int status, List<ParamModel> params,
                      ValueType result, RoutePolicy policy) {
        this(methodName, method, path, status, params, result, policy, false);
    }

    /** A route with no rule, limit or filters. */
    public RouteModel(String methodName, HttpMethod method, String path, int status, List<ParamModel> params,
                      ValueType result) {
        this(methodName, method, path, status, params, result, RoutePolicy.NONE);
    }

    /** The {@code @Body} parameter, if the route has one. */
    public Optional<ParamModel> body() {
        return params.stream().filter(p -> p.kind() == ParamKind.BODY).findFirst();
    }

    /** The {@code Principal} parameter, if the route takes one. */
    public Optional<ParamModel> principalParam() {
        return params.stream().filter(p -> p.kind() == ParamKind.PRINCIPAL).findFirst();
    }

    /**
     * Whether the handler reads the request's principal: for a rule other than permit-all, a
     * {@code Principal} parameter, or a limit counted per principal.
     */
    public boolean needsPrincipal() {
        return policy.rule().map(SecurityRule::needsPrincipal).orElse(false)
                || principalParam().isPresent()
                || policy.rateLimit().map(l -> l.key() == RateLimitPolicy.Key.PRINCIPAL).orElse(false);
    }
}
