package dev.kiln.processor.validate;

import dev.kiln.codegen.model.ParamKind;
import dev.kiln.codegen.model.SecurityRule;
import dev.kiln.processor.read.Annotations;
import dev.kiln.processor.read.ApplicationReader;
import dev.kiln.processor.read.ParamInput;
import dev.kiln.processor.read.PolicyInput;
import dev.kiln.processor.read.RateLimitWindows;
import dev.kiln.processor.read.RouteInput;
import dev.kiln.processor.read.ServiceInput;
import dev.kiln.processor.read.TypeDescriptions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks the security rules, rate limits and filters of one service interface: at most one rule per
 * element, rules that name something, limits that parse, filter classes the application's graph can
 * create; and, where the router is generated, the runtime modules it needs on that classpath.
 */
public final class PolicyValidator {
    private final Elements elements;
    private final Types types;

    public PolicyValidator(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /**
     * Checks what is written on the interface and its methods. The runtime modules the router calls are not
     * checked here: an API module declares rules without them, and the compilation that serves the interface
     * asks {@link #runtime} when it generates the router.
     */
    public void validate(ServiceInput service, ValidationReport report) {
        element(service.policy(), service.element().getSimpleName().toString(), report);
        for (RouteInput route : service.routes()) {
            element(route.policy(), route.displayName(), report);
        }
    }

    private void element(PolicyInput policy, String display, ValidationReport report) {
        Element element = policy.element();
        List<AnnotationMirror> rules = policy.rules();
        if (rules.size() > 1) {
            report.error(element, rules.get(1), "[KilnConflictingSecurityRules] " + display + " has both @"
                    + Annotations.simpleNameOf(rules.get(0)) + " and @" + Annotations.simpleNameOf(rules.get(1))
                    + ": keep one. A method's rule replaces its interface's, so a route that needs another rule"
                    + " than its interface carries it on its method alone.");
        } else if (rules.size() == 1) {
            ruleValues(element, rules.getFirst(), display, report);
        }
        policy.rateLimit().ifPresent(mirror -> rateLimit(element, mirror, display, report));
        policy.filters().ifPresent(mirror -> filters(element, mirror, display, report));
    }

    private static void ruleValues(Element element, AnnotationMirror rule, String display, ValidationReport report) {
        SecurityRule.Kind kind = PolicyInput.kindOf(rule);
        if (kind != SecurityRule.Kind.ROLES_ALLOWED && kind != SecurityRule.Kind.REQUIRES_SCOPES) {
            return;
        }
        String what = kind == SecurityRule.Kind.ROLES_ALLOWED ? "role" : "scope";
        String head = "[KilnInvalidSecurityRule] @" + Annotations.simpleNameOf(rule) + " on " + display;
        List<AnnotationValue> values = PolicyInput.ruleValues(rule);
        if (values.isEmpty()) {
            report.error(element, rule, Annotations.explicitValue(rule, "value").orElse(null), head + " names no "
                    + what + ", so nobody could pass: name at least one, or use @DenyAll to refuse everyone.");
            return;
        }
        for (AnnotationValue value : values) {
            String text = String.valueOf(value.getValue());
            if (text.isBlank() || text.chars().anyMatch(Character::isWhitespace)) {
                String example = what.equals("role") ? "admin" : "orders:write";
                report.error(element, rule, value, head + " names the " + what + " \"" + text + "\": a " + what
                        + " is a non-empty name without spaces, e.g. \"" + example + "\".");
                return;
            }
        }
    }

    private static void rateLimit(Element element, AnnotationMirror mirror, String display, ValidationReport report) {
        int permits = Annotations.intValue(mirror, "permits").orElse(0);
        String per = Annotations.stringValue(mirror, "per");
        Optional<Duration> window = RateLimitWindows.parse(per);
        String head = "[KilnInvalidRateLimit] @RateLimit on " + display;
        AnnotationValue permitsValue = Annotations.explicitValue(mirror, "permits").orElse(null);
        if (permits < 1) {
            report.error(element, mirror, permitsValue, head + " allows " + permits + " requests: permits is how"
                    + " many requests a window allows, at least 1 (use @DenyAll to refuse every request).");
        } else if (window.isEmpty()) {
            report.error(element, mirror, Annotations.explicitValue(mirror, "per").orElse(null), head + " has per = \""
                    + per + "\", which is not a window: write a positive whole number and a unit, ms, s, m, h or d,"
                    + " e.g. \"500ms\", \"1s\", \"10m\", \"1h\" or \"1d\".");
        } else if (window.get().toNanos() / 1_000L < permits) {
            report.error(element, mirror, permitsValue, head + " allows " + permits + " requests per " + per
                    + ", more than one per microsecond: use a longer window.");
        }
    }

    private void filters(Element element, AnnotationMirror mirror, String display, ValidationReport report) {
        TypeElement filter = elements.getTypeElement(Annotations.KILN_FILTER);
        for (AnnotationValue value : Annotations.arrayValue(mirror, "value")) {
            if (!(value.getValue() instanceof TypeMirror type)) {
                continue; // not a class literal: javac has reported it
            }
            String head = TypeDescriptions.describe(type) + " in @Filters on " + display;
            TypeElement declared = type instanceof DeclaredType d ? (TypeElement) d.asElement() : null;
            if (declared == null || declared.getKind() != ElementKind.CLASS
                    || declared.getModifiers().contains(Modifier.ABSTRACT)
                    || filter == null || !types.isAssignable(types.erasure(type), types.erasure(filter.asType()))) {
                report.error(element, mirror, value, "[KilnNotAFilter] " + head + " is not a filter: list concrete"
                        + " classes that implement dev.kiln.runtime.http.KilnFilter.");
            } else if (!declared.getTypeParameters().isEmpty()) {
                report.error(element, mirror, value, "[KilnFilterNotInjectable] " + head + " has type parameters,"
                        + " so the application cannot create it: use a class without them.");
            } else if (!isPublic(declared)) {
                report.error(element, mirror, value, "[KilnFilterNotInjectable] " + head + " is not public, so the"
                        + " generated router and application cannot name it: make it public (and static, if nested).");
            } else if (ApplicationReader.injectConstructor(declared).isEmpty()) {
                report.error(element, mirror, value, "[KilnFilterNotInjectable] " + head + " has no @Inject"
                        + " constructor, so the application cannot create it: annotate its constructor with"
                        + " @jakarta.inject.Inject (an empty one will do).");
            }
        }
    }

    /** Public, and so is every class it is nested in; a nested class is static. */
    private static boolean isPublic(TypeElement type) {
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)
                    || (t.getNestingKind().isNested() && !t.getModifiers().contains(Modifier.STATIC)
                    && t.getEnclosingElement().getKind() == ElementKind.CLASS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The runtime modules the generated router calls, for an interface whose router this compilation writes:
     * one error per missing module, on the first use (the rule, the limit or the {@code Principal} parameter).
     */
    public void runtime(ServiceInput service, ValidationReport report) {
        if (elements.getTypeElement(Annotations.KILN_SECURITY_MODULE) == null) {
            firstSecurityUse(service).ifPresent(use -> report.error(use.element(), use.mirror(), use.value(),
                    "[KilnSecurityRuntimeMissing] " + use.what() + " needs dev.kiln:kiln-runtime-security, which is"
                            + " not on the classpath: add it as a dependency (it authenticates requests and checks"
                            + " the rules)."));
        }
        if (elements.getTypeElement(Annotations.KILN_RATE_LIMIT_MODULE) == null) {
            firstRateLimit(service).ifPresent(use -> report.error(use.element(), use.mirror(), use.value(),
                    "[KilnRateLimitRuntimeMissing] " + use.what() + " needs dev.kiln:kiln-runtime-ratelimit, which"
                            + " is not on the classpath: add it as a dependency (it counts the requests)."));
        }
    }

    /** Where an error about a use points, and how it names it. */
    private record Use(Element element, AnnotationMirror mirror, AnnotationValue value, String what) {}

    /**
     * The first thing whose generated code calls kiln-runtime-security: a rule other than permit-all, a
     * {@code Principal} parameter, a limit counted per principal.
     */
    private static Optional<Use> firstSecurityUse(ServiceInput service) {
        Optional<AnnotationMirror> ifaceRule = service.policy().rules().stream().findFirst();
        for (RouteInput route : service.routes()) {
            Optional<AnnotationMirror> methodRule = route.policy().rules().stream().findFirst();
            Optional<AnnotationMirror> rule = methodRule.or(() -> ifaceRule);
            if (rule.isPresent() && PolicyInput.kindOf(rule.get()) != SecurityRule.Kind.PERMIT_ALL) {
                Element on = methodRule.isPresent() ? route.method() : service.element();
                String where = methodRule.isPresent()
                        ? route.displayName()
                        : service.element().getSimpleName().toString();
                return Optional.of(new Use(on, rule.get(), null,
                        "@" + Annotations.simpleNameOf(rule.get()) + " on " + where));
            }
            for (ParamInput param : route.params()) {
                if (param.kind().orElse(null) == ParamKind.PRINCIPAL) {
                    return Optional.of(new Use(param.element(), null, null, "The Principal parameter '"
                            + param.javaName() + "' of " + route.displayName()));
                }
            }
            Optional<AnnotationMirror> limit = route.policy().rateLimit().or(() -> service.policy().rateLimit());
            if (limit.isPresent() && keyName(limit.get()).equals("PRINCIPAL")) {
                Element on = route.policy().rateLimit().isPresent() ? route.method() : service.element();
                return Optional.of(new Use(on, limit.get(), Annotations.explicitValue(limit.get(), "key").orElse(null),
                        "@RateLimit(key = PRINCIPAL) of " + route.displayName()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Use> firstRateLimit(ServiceInput service) {
        if (service.policy().rateLimit().isPresent() && !service.routes().isEmpty()) {
            return Optional.of(new Use(service.element(), service.policy().rateLimit().get(), null,
                    "@RateLimit on " + service.element().getSimpleName()));
        }
        for (RouteInput route : service.routes()) {
            if (route.policy().rateLimit().isPresent()) {
                return Optional.of(new Use(route.method(), route.policy().rateLimit().get(), null,
                        "@RateLimit on " + route.displayName()));
            }
        }
        return Optional.empty();
    }

    private static String keyName(AnnotationMirror rateLimit) {
        return Annotations.value(rateLimit, "key")
                .map(v -> ((VariableElement) v.getValue()).getSimpleName().toString())
                .orElse("IP");
    }
}
