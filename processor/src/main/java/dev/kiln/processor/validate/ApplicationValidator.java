package dev.kiln.processor.validate;

import dev.kiln.codegen.model.ParamKind;
import dev.kiln.codegen.model.SecurityRule;
import dev.kiln.codegen.model.ServiceModel;
import dev.kiln.processor.read.Annotations;
import dev.kiln.processor.read.ApplicationInput;
import dev.kiln.processor.read.KnownService;
import dev.kiln.processor.read.ParamInput;
import dev.kiln.processor.read.RouteInput;
import dev.kiln.processor.read.RoutePaths;
import dev.kiln.processor.read.Sources;
import dev.kiln.processor.read.TypeDescriptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * Checks an application as a whole: one injectable implementation per service, unique service names,
 * no two routes of the served services matching the same requests, generated code present for services
 * read from class files, Dagger modules that are modules, the runtime modules its routes need, and a
 * security rule on every route when it requires them.
 */
public final class ApplicationValidator {
    private final Elements elements;
    private final Sources sources;

    /** Lower-case words of letters and digits joined by single hyphens, starting with a letter. */
    private static final Pattern APPLICATION_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public ApplicationValidator(Elements elements, Sources sources) {
        this.elements = elements;
        this.sources = sources;
    }

    /** {@code @KilnApplication} belongs on a class, and its explicit name is a kebab-case name. */
    public static void checkTarget(Element element, AnnotationMirror mirror, ValidationReport report) {
        if (element.getKind() != ElementKind.CLASS) {
            report.error(element, mirror, "[KilnApplicationNotClass] @KilnApplication is on "
                    + element.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                    + element.getSimpleName() + ", but an application is a class: put it on a class, e.g."
                    + " `@KilnApplication public final class ShopApp { ... }`.");
            return;
        }
        String name = Annotations.stringValue(mirror, "name");
        if (!name.isEmpty() && !APPLICATION_NAME.matcher(name).matches()) {
            report.error(element, mirror, Annotations.explicitValue(mirror, "name").orElse(null),
                    "[KilnInvalidApplicationName] @KilnApplication(name = \"" + name + "\") on "
                    + element.getSimpleName() + " is not an application name: it names the registry entry, the"
                    + " consumer group and the events' source, so write lower-case letters, digits and single"
                    + " hyphens, starting with a letter, e.g. \"orders\" or \"shop-front\" (or leave it out for"
                    + " the class name in kebab-case).");
        }
    }

    /**
     * The generated component and entry point live in the application's package and name every component and
     * health check: one they cannot see would be a javac error inside generated code, so it is reported here, on
     * the class to change.
     */
    private void components(ApplicationInput app, ValidationReport report) {
        String appPackage = elements.getPackageOf(app.element()).getQualifiedName().toString();
        java.util.Set<TypeElement> named = new java.util.LinkedHashSet<>();
        app.lifecycle().forEach(c -> named.add(c.type()));
        named.addAll(app.healthChecks());
        for (TypeElement type : named) {
            if (!visibleFrom(type, appPackage)) {
                String role = app.lifecycle().stream().anyMatch(c -> c.type().equals(type))
                        ? "a Lifecycle component" : "a health check";
                report.error(type, "[KilnComponentNotAccessible] " + type.getQualifiedName() + " is " + role + " of "
                        + app.element().getSimpleName() + ", whose generated code in package " + appPackage
                        + " cannot name it: make it (and any class it is nested in) public, or move it into package "
                        + appPackage + ".");
            }
        }
    }

    /** Whether code in {@code packageName} can name {@code type}: no private link, and public or same package. */
    private boolean visibleFrom(TypeElement type, String packageName) {
        boolean samePackage = elements.getPackageOf(type).getQualifiedName().contentEquals(packageName);
        for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            java.util.Set<javax.lang.model.element.Modifier> modifiers = t.getModifiers();
            if (modifiers.contains(javax.lang.model.element.Modifier.PRIVATE)
                    || (!samePackage && !modifiers.contains(javax.lang.model.element.Modifier.PUBLIC))) {
                return false;
            }
        }
        return true;
    }

    /** A compilation builds one application; every one after the first is reported. */
    public static void checkSingle(TypeElement first, TypeElement other, AnnotationMirror mirror,
                                   ValidationReport report) {
        report.error(other, mirror, "[KilnMultipleApplications] " + other.getQualifiedName() + " is a second"
                + " @KilnApplication in this compilation, next to " + first.getQualifiedName() + ": keep one, or"
                + " move each application into a module of its own.");
    }

    /**
     * @param services what is known of every service interface that {@code app} implements or injects,
     *                 by qualified name
     */
    public ValidationReport validate(ApplicationInput app, Map<String, KnownService> services) {
        ValidationReport report = new ValidationReport();
        Map<String, ApplicationInput.Implementation> servedBy = new LinkedHashMap<>();
        for (ApplicationInput.Implementation i : app.implementations()) {
            String iface = i.iface().getQualifiedName().toString();
            if (!i.injectable()) {
                report.error(i.implementation(), "[KilnNoInjectConstructor] " + i.implementation().getSimpleName()
                        + " implements the service " + i.iface().getSimpleName() + " but has no @Inject constructor,"
                        + " so the application cannot create it: annotate its constructor with @jakarta.inject.Inject"
                        + " (an empty one will do).");
                continue;
            }
            ApplicationInput.Implementation first = servedBy.putIfAbsent(iface, i);
            if (first != null) {
                report.error(i.implementation(), "[KilnDuplicateImplementation] " + i.implementation().getSimpleName()
                        + " implements the service " + i.iface().getSimpleName() + ", which "
                        + first.implementation().getQualifiedName() + " already implements in this application: keep"
                        + " one implementation, or move the other out of this compilation (a test double belongs in"
                        + " test sources).");
            }
        }
        List<Named> named = new ArrayList<>();
        for (ApplicationInput.Implementation served : servedBy.values()) {
            KnownService known = services.get(served.iface().getQualifiedName().toString());
            if (generated(known, served.implementation(), true, report)) {
                named.add(new Named(known, known.model().orElseThrow()));
            }
        }
        List<Named> served = List.copyOf(named);
        for (ApplicationInput.ClientUse use : app.clientUses()) {
            KnownService known = services.get(use.iface().getQualifiedName().toString());
            if (generated(known, use.injectionPoint(), false, report)) {
                named.add(new Named(known, known.model().orElseThrow()));
            }
        }
        names(app, named, report);
        conflicts(app, served, report);
        modules(app, report);
        components(app, report);
        runtime(app, served, report);
        if (app.requireSecurityRules()) {
            coverage(app, served, report);
        }
        return report;
    }

    /**
     * The runtime modules the served routers need, for services read from class files, whose routers this
     * compilation writes (a service compiled here was checked when its router was written): the application's
     * graph includes them. An API module declares rules without these modules; the application that serves
     * it is where they belong.
     */
    private void runtime(ApplicationInput app, List<Named> served, ValidationReport report) {
        for (Named n : served) {
            if (n.known().fromSource()) {
                continue;
            }
            ServiceModel model = n.model();
            if (callsSecurity(model) && elements.getTypeElement(Annotations.KILN_SECURITY_MODULE) == null) {
                report.error(app.element(), app.mirror(), "[KilnSecurityRuntimeMissing] "
                        + app.element().getSimpleName() + " serves " + model.iface().canonicalName() + ", whose"
                        + " routes check security rules, so it needs dev.kiln:kiln-runtime-security, which is not on"
                        + " the classpath: add it as a dependency.");
                return;
            }
            if (model.hasRateLimits() && elements.getTypeElement(Annotations.KILN_RATE_LIMIT_MODULE) == null) {
                report.error(app.element(), app.mirror(), "[KilnRateLimitRuntimeMissing] "
                        + app.element().getSimpleName() + " serves " + model.iface().canonicalName() + ", whose routes"
                        + " are rate limited, so it needs dev.kiln:kiln-runtime-ratelimit, which is not on the"
                        + " classpath: add it as a dependency.");
                return;
            }
        }
    }

    /** Whether the router calls kiln-runtime-security: a rule other than permit-all, or the principal. */
    private static boolean callsSecurity(ServiceModel model) {
        return model.routes().stream().anyMatch(r -> r.needsPrincipal() || r.policy().rule()
                .map(rule -> rule.kind() != SecurityRule.Kind.PERMIT_ALL).orElse(false));
    }

    /** {@code requireSecurityRules}: one error per served route with no rule on its method or its interface. */
    private void coverage(ApplicationInput app, List<Named> served, ValidationReport report) {
        List<Named> sorted = new ArrayList<>(served);
        sorted.sort(Comparator.comparing(n -> n.model().name()));
        for (Named n : sorted) {
            List<RouteInput> routes = n.known().input().routes();
            for (int i = 0; i < routes.size(); i++) {
                if (n.model().routes().get(i).policy().rule().isPresent()) {
                    continue;
                }
                RouteInput route = routes.get(i);
                String message = "[KilnSecurityRuleMissing] " + route.display() + " (" + route.displayName()
                        + ") has no security rule, but " + app.element().getSimpleName() + " requires one on every"
                        + " route (@KilnApplication(requireSecurityRules = true)): annotate the method or its"
                        + " interface with @RolesAllowed, @RequiresScopes, @Authenticated, @PermitAll or @DenyAll.";
                if (sources.inSource(route.method())) {
                    report.error(route.method(), message);
                } else {
                    report.error(servedBy(app, n), message);
                }
            }
        }
    }

    /** The class of this compilation that serves {@code n}, where errors about a class-file interface point. */
    private static Element servedBy(ApplicationInput app, Named n) {
        for (ApplicationInput.Implementation i : app.servedImplementations()) {
            if (i.iface().equals(n.known().input().element())) {
                return i.implementation();
            }
        }
        return app.element();
    }

    private record Named(KnownService known, ServiceModel model) {}

    /**
     * Whether what the application needs of a service is there or being generated: for an interface from a jar,
     * the jar's client side, and when it is served, the parameter names the router written here needs.
     */
    private boolean generated(KnownService known, Element user, boolean served, ValidationReport report) {
        if (known.fromSource()) {
            if (known.model().isEmpty()) {
                report.failSilently(); // its errors were reported on the interface
                return false;
            }
            return true;
        }
        // The jar that declares a service holds its client side (client, codecs, validators); the application
        // that serves it writes its router. So the client is what says the jar was compiled with Kiln.
        TypeElement iface = known.input().element();
        String needed = known.model().map(m -> m.clientName().canonicalName())
                .orElse(iface.getQualifiedName() + "Client");
        String head = "[KilnServiceNotGenerated] " + iface.getQualifiedName() + " comes from the classpath";
        String fix = ": compile the module that declares " + iface.getSimpleName() + " with this version of"
                + " dev.kiln:kiln-processor on its annotation processor path.";
        if (elements.getTypeElement(needed) == null) {
            report.error(user, head + " without its generated " + needed + (served ? " and codecs" : "")
                    + ", which this application needs to " + (served ? "serve" : "call") + " it" + fix);
            return false;
        }
        if (known.model().isEmpty()) {
            report.error(user, head + ", but Kiln cannot read it as a service (" + known.problem().orElse("")
                    + ")" + fix);
            return false;
        }
        return !served || parameterNames(known, user, report);
    }

    /**
     * A router written here from a class file binds path, query and header parameters by name; a parameter with
     * no explicit name is bound by its Java name, which a class compiled without {@code -parameters} has lost
     * (javac then calls it {@code arg0}, {@code arg1}...). One error for the first such parameter.
     */
    private static boolean parameterNames(KnownService known, Element user, ValidationReport report) {
        TypeElement iface = known.input().element();
        for (RouteInput route : known.input().routes()) {
            List<? extends VariableElement> params = route.method().getParameters();
            boolean synthetic = !params.isEmpty();
            for (int i = 0; i < params.size(); i++) {
                synthetic &= params.get(i).getSimpleName().contentEquals("arg" + i);
            }
            if (!synthetic) {
                continue;
            }
            for (ParamInput param : route.params()) {
                ParamKind kind = param.kind().orElse(null);
                boolean byJavaName = kind == ParamKind.PATH || kind == ParamKind.QUERY || kind == ParamKind.HEADER;
                if (byJavaName && param.binding().flatMap(b -> Annotations.explicitValue(b, "value")).isEmpty()) {
                    report.error(user, "[KilnParameterNamesMissing] " + iface.getQualifiedName() + " comes from the"
                            + " classpath without parameter names, so the router this application writes for it"
                            + " cannot tell what parameter " + (route.params().indexOf(param) + 1) + " of "
                            + route.displayName() + " is called on the wire: compile the module that declares "
                            + iface.getSimpleName() + " with -parameters (<maven.compiler.parameters>true"
                            + "</maven.compiler.parameters>), or name it in its annotation, e.g. @"
                            + Annotations.simpleNameOf(param.binding().orElseThrow()) + "(\"id\").");
                    return false;
                }
            }
        }
        return true;
    }

    private void names(ApplicationInput app, List<Named> services, ValidationReport report) {
        Map<String, Named> byName = new HashMap<>();
        List<Named> sorted = new ArrayList<>(services);
        sorted.sort(Comparator.comparing(n -> n.model().iface().canonicalName()));
        for (Named n : sorted) {
            Named first = byName.putIfAbsent(n.model().name(), n);
            if (first == null || first.model().iface().equals(n.model().iface())) {
                continue;
            }
            String message = "[KilnDuplicateServiceName] " + n.model().iface().simpleName() + " and "
                    + first.model().iface().canonicalName() + " are both named \"" + n.model().name() + "\" in "
                    + app.element().getSimpleName() + ": service names identify services in the registry and in"
                    + " client configuration, so give each @Service its own name.";
            TypeElement element = n.known().input().element();
            Optional<AnnotationMirror> mirror = n.known().input().service();
            if (n.known().fromSource() && mirror.isPresent()) {
                report.error(element, mirror.get(), Annotations.explicitValue(mirror.get(), "value").orElse(null),
                        message);
            } else {
                report.error(app.element(), app.mirror(), message);
            }
        }
    }

    private void conflicts(ApplicationInput app, List<Named> served, ValidationReport report) {
        List<Named> sorted = new ArrayList<>(served);
        sorted.sort(Comparator.comparing(n -> n.model().name()));
        Map<String, RouteInput> shapes = new HashMap<>();
        Map<String, ServiceModel> owners = new HashMap<>();
        for (Named n : sorted) {
            for (RouteInput route : n.known().input().routes()) {
                String key = route.httpMethod().orElseThrow() + " " + RoutePaths.shape(route.path());
                RouteInput first = shapes.putIfAbsent(key, route);
                if (first == null) {
                    owners.put(key, n.model());
                    continue;
                }
                if (owners.get(key).equals(n.model())) {
                    continue; // within one interface: reported with the interface
                }
                String message = ServiceValidator.conflict(route, first);
                if (sources.inSource(route.method())) {
                    report.error(route.method(), route.httpAnnotation().orElseThrow(), message);
                } else if (sources.inSource(first.method())) {
                    report.error(first.method(), first.httpAnnotation().orElseThrow(),
                            ServiceValidator.conflict(first, route));
                } else {
                    report.error(app.element(), app.mirror(), message);
                }
            }
        }
    }

    private void modules(ApplicationInput app, ValidationReport report) {
        for (ApplicationInput.UserModule module : app.modules()) {
            boolean isModule = module.type() instanceof DeclaredType declared
                    && Annotations.has(declared.asElement(), Annotations.DAGGER_MODULE);
            if (!isModule) {
                report.error(app.element(), app.mirror(), module.value().orElse(null), "[KilnNotAModule] "
                        + TypeDescriptions.describe(module.type()) + " is listed in @KilnApplication(modules) of "
                        + app.element().getSimpleName() + " but is not a Dagger module: annotate it with"
                        + " @dagger.Module, or remove it from the list.");
            }
        }
    }
}
