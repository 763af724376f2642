package dev.kiln.processor.read;

import com.palantir.javapoet.ClassName;
import dev.kiln.codegen.model.Declared;
import dev.kiln.codegen.model.RateLimitPolicy;
import dev.kiln.codegen.model.RoutePolicy;
import dev.kiln.codegen.model.SecurityRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The security rule, rate limit and filters written on one service interface or one of its methods, with
 * the mirrors errors are reported on.
 *
 * @param element   the interface or method
 * @param rules     its security rule annotations, in declared order; at most one when valid
 * @param rateLimit its {@code @RateLimit}, if any
 * @param filters   its {@code @Filters}, if any
 */
public record PolicyInput(
        Element element, List<AnnotationMirror> rules, Optional<AnnotationMirror> rateLimit,
        Optional<AnnotationMirror> filters) {

    private static final Map<String, SecurityRule.Kind> RULES = Map.of(
            Annotations.ROLES_ALLOWED, SecurityRule.Kind.ROLES_ALLOWED,
            Annotations.PERMIT_ALL, SecurityRule.Kind.PERMIT_ALL,
            Annotations.DENY_ALL, SecurityRule.Kind.DENY_ALL,
            Annotations.AUTHENTICATED, SecurityRule.Kind.AUTHENTICATED,
            Annotations.REQUIRES_SCOPES, SecurityRule.Kind.REQUIRES_SCOPES);

    /** Reads what {@code element} declares. */
    public static PolicyInput read(Element element) {
        List<AnnotationMirror> rules = element.getAnnotationMirrors().stream()
                .filter(m -> RULES.containsKey(Annotations.nameOf(m)))
                .map(m -> (AnnotationMirror) m)
                .toList();
        return new PolicyInput(element, rules, Annotations.find(element, Annotations.RATE_LIMIT),
                Annotations.find(element, Annotations.FILTERS));
    }

    /** The kind of a rule annotation. */
    public static SecurityRule.Kind kindOf(AnnotationMirror rule) {
        return RULES.get(Annotations.nameOf(rule));
    }

    /** The roles or scopes a rule lists, with their annotation values; empty for the other rules. */
    public static List<AnnotationValue> ruleValues(AnnotationMirror rule) {
        return switch (kindOf(rule)) {
            case ROLES_ALLOWED, REQUIRES_SCOPES -> Annotations.arrayValue(rule, "value");
            default -> List.of();
        };
    }

    /** The {@code @Filters} classes as written. */
    public List<TypeMirror> filterTypes() {
        return filters.map(m -> Annotations.typesValue(m, "value")).orElse(List.of());
    }

    /**
     * The policy of a route whose method declares {@code method} and whose interface declares {@code iface}:
     * the method's rule and limit replace the interface's; filters are the interface's, then the method's.
     * Call only once both have passed validation.
     */
    public static RoutePolicy resolve(PolicyInput iface, PolicyInput method) {
        Optional<SecurityRule> rule = rule(method, Declared.METHOD).or(() -> rule(iface, Declared.INTERFACE));
        Optional<RateLimitPolicy> limit = rateLimit(method, Declared.METHOD)
                .or(() -> rateLimit(iface, Declared.INTERFACE));
        Set<ClassName> filters = new LinkedHashSet<>();
        for (PolicyInput input : List.of(iface, method)) {
            for (TypeMirror type : input.filterTypes()) {
                filters.add(ClassName.get((TypeElement) ((DeclaredType) type).asElement()));
            }
        }
        return new RoutePolicy(rule, limit, List.copyOf(filters));
    }

    private static Optional<SecurityRule> rule(PolicyInput input, Declared declared) {
        return input.rules().stream().findFirst().map(mirror -> {
            Set<String> values = new LinkedHashSet<>();
            ruleValues(mirror).forEach(v -> values.add(String.valueOf(v.getValue())));
            return new SecurityRule(kindOf(mirror), new ArrayList<>(values), declared);
        });
    }

    private static Optional<RateLimitPolicy> rateLimit(PolicyInput input, Declared declared) {
        return input.rateLimit().map(mirror -> {
            String per = Annotations.stringValue(mirror, "per");
            String key = Annotations.value(mirror, "key")
                    .map(v -> ((VariableElement) v.getValue()).getSimpleName().toString())
                    .orElse("IP");
            return new RateLimitPolicy(Annotations.intValue(mirror, "permits").orElseThrow(),
                    RateLimitWindows.parse(per).orElseThrow(), per, RateLimitPolicy.Key.valueOf(key), declared);
        });
    }
}
