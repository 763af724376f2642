package dev.kiln.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * What stands between a request and a route's handler, as declared on the method and its interface: the
 * authorization rule and rate limit (the method's replaces the interface's) and the filters (the
 * interface's, then the method's). A route that takes a {@code Principal} says so in its parameters
 * ({@link ParamKind#PRINCIPAL}).
 *
 * @param rule      the security rule, if any
 * @param rateLimit the rate limit, if any
 * @param filters   the {@code @Filters} classes in the order they were listed, each once
 */
public record RoutePolicy(Optional<SecurityRule> rule, Optional<RateLimitPolicy> rateLimit, List<ClassName> filters) {

    /** No rule, no limit, no filters: how every route was before policies. */
    public static final RoutePolicy NONE = new RoutePolicy(Optional.empty(), Optional.empty(), List.of());

    public RoutePolicy {
        filters = List.copyOf(filters);
    }
}
