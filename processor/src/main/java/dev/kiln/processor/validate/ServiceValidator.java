package dev.kiln.processor.validate;

import dev.kiln.codegen.model.ParamKind;
import dev.kiln.codegen.model.ValueType;
import dev.kiln.processor.read.Annotations;
import dev.kiln.processor.read.ParamInput;
import dev.kiln.processor.read.RouteInput;
import dev.kiln.processor.read.RoutePaths;
import dev.kiln.processor.read.RouteReader;
import dev.kiln.processor.read.ServiceInput;
import dev.kiln.processor.read.TypeDescriptions;
import dev.kiln.processor.read.TypeRead;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Checks one service interface as read: its name and path, and every route's HTTP method, path
 * variables, parameter bindings and types, default values, status and result. Each problem is reported
 * once, on the element (and annotation) the user has to change, saying how.
 */
public final class ServiceValidator {
    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z0-9-]+");

    private final PolicyValidator policies;

    public ServiceValidator(PolicyValidator policies) {
        this.policies = policies;
    }

    /** {@code @Service} and {@code @Path} belong on interfaces; anything else is reported here. */
    public static void checkTarget(Element element, AnnotationMirror mirror, ValidationReport report) {
        if (element.getKind() != ElementKind.INTERFACE) {
            report.error(element, mirror, "[KilnServiceNotInterface] @" + Annotations.simpleNameOf(mirror) + " is on "
                    + kindName(element) + " " + element.getSimpleName() + ", but Kiln serves interfaces: declare the"
                    + " routes on an interface annotated @Service and @Path, and implement it in a class with an"
                    + " @Inject constructor.");
        }
    }

    /**
     * @param parameterNamesKnown false for an interface read from a class file, which may have been
     *                            compiled without {@code -parameters}: checks that depend on Java
     *                            parameter names (path variables) are then skipped
     */
    public ValidationReport validate(ServiceInput service, boolean parameterNamesKnown) {
        ValidationReport report = new ValidationReport();
        TypeElement element = service.element();
        String display = element.getSimpleName().toString();
        if (service.service().isEmpty()) {
            report.error(element, service.path().orElseThrow(), "[KilnMissingService] " + display + " has @Path but no"
                    + " @Service: add @Service(\"name\") with the service's logical name, e.g. @Service(\"orders\").");
        } else if (!SERVICE_NAME.matcher(service.name()).matches()) {
            AnnotationMirror mirror = service.service().get();
            report.error(element, mirror, Annotations.explicitValue(mirror, "value").orElse(null),
                    "[KilnInvalidServiceName] Service name \"" + service.name() + "\" of " + display + " is not valid:"
                            + " use lower-case letters, digits and dashes, e.g. @Service(\"order-history\").");
        }
        if (!element.getTypeParameters().isEmpty()) {
            report.error(element, "[KilnGenericService] " + display + " has type parameters, but a service interface"
                    + " must be concrete: remove them, or extend a generic interface with concrete type arguments.");
        }
        boolean basePathValid = true;
        if (service.path().isPresent()) {
            Optional<String> problem = RoutePaths.problem(service.basePath());
            if (problem.isPresent()) {
                basePathValid = false;
                AnnotationMirror mirror = service.path().get();
                report.error(element, mirror, Annotations.explicitValue(mirror, "value").orElse(null),
                        "[KilnInvalidPath] @Path(\"" + Annotations.stringValue(mirror, "value") + "\") of " + display
                                + ": " + problem.get() + ".");
            }
        }
        Map<String, RouteInput> shapes = new HashMap<>();
        for (RouteInput route : service.routes()) {
            boolean pathChecked = route(route, basePathValid, parameterNamesKnown, report);
            if (pathChecked) {
                String key = route.httpMethod().orElseThrow() + " " + RoutePaths.shape(route.path());
                RouteInput first = shapes.putIfAbsent(key, route);
                if (first != null) {
                    report.error(route.method(), route.httpAnnotation().orElseThrow(), conflict(route, first));
                }
            }
        }
        policies.validate(service, report);
        return report;
    }

    /** The message for two routes that match the same requests; shared with the application's check. */
    public static String conflict(RouteInput second, RouteInput first) {
        return "[KilnRouteConflict] " + second.display() + " of " + second.displayName() + " matches the same"
                + " requests as " + first.display() + " of " + first.displayName() + ": change the path or the"
                + " HTTP method of one of them.";
    }

    /** Checks a route; true when its HTTP method and path are sound, so that it takes part in conflict checks. */
    private boolean route(RouteInput route, boolean basePathValid, boolean parameterNamesKnown,
                          ValidationReport report) {
        Element method = route.method();
        List<AnnotationMirror> http = route.httpAnnotations();
        if (http.isEmpty()) {
            report.error(method, "[KilnMissingHttpMethod] " + route.displayName() + " has no HTTP method: annotate it"
                    + " with @Get, @Post, @Put, @Patch or @Delete (every abstract method of a service interface is"
                    + " a route).");
        } else if (http.size() > 1) {
            report.error(method, http.get(1), "[KilnMultipleHttpMethods] " + route.displayName() + " has both @"
                    + Annotations.simpleNameOf(http.get(0)) + " and @" + Annotations.simpleNameOf(http.get(1))
                    + ": keep one, and declare another method for the other HTTP method.");
        }
        boolean pathValid = basePathValid && http.size() == 1;
        if (pathValid) {
            Optional<String> problem = RoutePaths.problem(route.path());
            if (problem.isPresent()) {
                pathValid = false;
                AnnotationMirror mirror = http.getFirst();
                report.error(method, mirror, Annotations.explicitValue(mirror, "value").orElse(null),
                        "[KilnInvalidPath] Route path " + route.path() + " of " + route.displayName() + ": "
                                + problem.get() + ".");
            }
        }
        status(route, report);
        if (route.result() instanceof TypeRead.Failed failed) {
            TypeMessages.report(report, method, null, route.method().getReturnType(), failed.problem(),
                    "The result of " + route.displayName(), "encode %s as JSON");
        }
        boolean bodySeen = false;
        boolean principalSeen = false;
        for (ParamInput param : route.params()) {
            param(route, param, report);
            if (param.kind().orElse(null) == ParamKind.PRINCIPAL) {
                if (principalSeen) {
                    report.error(param.element(), "[KilnPrincipalParameter] Parameter '" + param.javaName() + "' of "
                            + route.displayName() + " is a second Principal, but a request has one principal: remove"
                            + " it and use the first.");
                }
                principalSeen = true;
            }
            if (param.bindings().size() == 1 && param.kind().orElseThrow() == ParamKind.BODY) {
                if (bodySeen) {
                    report.error(param.element(), param.binding().orElseThrow(), "[KilnMultipleBodies] Parameter '"
                            + param.javaName() + "' of " + route.displayName() + " is a second @Body, but a request has"
                            + " one body: put both values in one record, or bind this one with @QueryParam or @Header.");
                } else if (http.size() == 1 && !route.httpMethod().orElseThrow().allowsBody()) {
                    report.error(param.element(), param.binding().orElseThrow(), "[KilnBodyNotAllowed] Parameter '"
                            + param.javaName() + "' of " + route.displayName() + " is a @Body, but "
                            + route.httpMethod().orElseThrow() + " requests carry no body: use @Post, @Put or @Patch,"
                            + " or bind the value with @QueryParam or @Header.");
                }
                bodySeen = true;
            }
        }
        if (pathValid && parameterNamesKnown) {
            pathVariables(route, report);
        }
        return pathValid;
    }

    private void status(RouteInput route, ValidationReport report) {
        if (route.status().isEmpty()) {
            return;
        }
        AnnotationMirror mirror = route.status().get();
        AnnotationValue value = Annotations.explicitValue(mirror, "value").orElse(null);
        int status = route.statusCode();
        String head = "[KilnInvalidStatus] @Status(" + status + ") on " + route.displayName();
        if (status < 100 || status > 599) {
            report.error(route.method(), mirror, value, head + " is not an HTTP status: use the success status of"
                    + " the route, 2xx or 3xx, e.g. @Status(201).");
        } else if (status < 200 || status > 399) {
            report.error(route.method(), mirror, value, head + " is not a success status: @Status is what a"
                    + " successful call answers, so use 2xx or 3xx; report failures by throwing HttpException.");
        } else if ((status == 204 || status == 205 || status == 304) && route.result() instanceof TypeRead.Ok ok
                && !(ok.type() instanceof ValueType.Void)) {
            report.error(route.method(), mirror, value, head + ": a " + status + " response has no body, but the"
                    + " method returns " + TypeDescriptions.describe(route.method().getReturnType())
                    + ": return void, or use a status with a body such as 200.");
        }
    }

    private void param(RouteInput route, ParamInput param, ValidationReport report) {
        String subject = "Parameter '" + param.javaName() + "' of " + route.displayName();
        if (param.kind().orElse(null) == ParamKind.PRINCIPAL) {
            return; // bound from the credentials
        }
        if (!param.bindings().isEmpty() && RouteReader.isPrincipal(param.element().asType())) {
            report.error(param.element(), param.binding().orElseThrow(), "[KilnPrincipalParameter] " + subject
                    + " is a Principal, which Kiln binds from the request's credentials, not with @"
                    + Annotations.simpleNameOf(param.binding().orElseThrow()) + ": remove the annotation.");
            return;
        }
        if (param.bindings().isEmpty()) {
            report.error(param.element(), "[KilnUnboundParameter] " + subject + " is bound to nothing: annotate it"
                    + " with @PathParam, @QueryParam, @Header or @Body (only a dev.kiln.runtime.security.Principal"
                    + " needs no annotation).");
            return;
        }
        if (param.bindings().size() > 1) {
            report.error(param.element(), param.bindings().get(1), "[KilnMultipleBindings] " + subject + " has both @"
                    + Annotations.simpleNameOf(param.bindings().get(0)) + " and @"
                    + Annotations.simpleNameOf(param.bindings().get(1)) + ": keep one.");
            return;
        }
        ParamKind kind = param.kind().orElseThrow();
        TypeRead type = param.type().orElseThrow();
        if (type instanceof TypeRead.Failed failed) {
            String use = switch (kind) {
                case PATH -> "bind %s as a path parameter";
                case QUERY -> "bind %s as a query parameter";
                case HEADER -> "bind %s as a header";
                case BODY -> "encode %s as JSON";
                case PRINCIPAL -> "bind %s";
            };
            TypeMessages.report(report, param.element(), param.binding().orElseThrow(), param.element().asType(),
                    failed.problem(), subject, use);
            return;
        }
        if (param.defaultValue().isPresent()) {
            defaultValue(param, subject, kind, ((TypeRead.Ok) type).type(), report);
        }
    }

    private void defaultValue(ParamInput param, String subject, ParamKind kind, ValueType type,
                              ValidationReport report) {
        AnnotationMirror mirror = param.defaultValue().orElseThrow();
        AnnotationValue value = Annotations.explicitValue(mirror, "value").orElse(null);
        String text = param.defaultText().orElseThrow();
        String head = "[KilnBadDefaultValue] @DefaultValue(\"" + text + "\") on "
                + subject.substring(0, 1).toLowerCase(Locale.ROOT) + subject.substring(1);
        if (kind == ParamKind.PATH || kind == ParamKind.BODY) {
            report.error(param.element(), mirror, value, head + ": a " + (kind == ParamKind.PATH ? "path parameter"
                    : "request body") + " is never absent, so it has no default; remove @DefaultValue, or bind the"
                    + " value with @QueryParam or @Header.");
            return;
        }
        if (!(type instanceof ValueType.Scalar scalar)) {
            report.error(param.element(), mirror, value, head + ": a default is a single value, but the parameter is "
                    + TypeDescriptions.describe(param.element().asType()) + ", which is empty when absent; remove"
                    + " @DefaultValue, or make the parameter a single value.");
            return;
        }
        List<String> constants = List.of();
        if (param.element().asType() instanceof DeclaredType declared) {
            constants = declared.asElement().getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                    .map(e -> e.getSimpleName().toString())
                    .toList();
        }
        Optional<String> problem = DefaultValues.problem(scalar.kind(), text, constants);
        problem.ifPresent(p -> report.error(param.element(), mirror, value, head + " is not a valid "
                + TypeDescriptions.describe(param.element().asType()) + ": " + p + "."));
    }

    private void pathVariables(RouteInput route, ValidationReport report) {
        List<String> variables = RoutePaths.variables(route.path());
        for (String variable : variables) {
            boolean bound = route.params().stream().anyMatch(p -> isPathParam(p) && p.wireName().equals(variable));
            if (!bound) {
                AnnotationMirror mirror = route.httpAnnotation().orElseThrow();
                report.error(route.method(), mirror, Annotations.explicitValue(mirror, "value").orElse(null),
                        "[KilnPathVariableUnbound] Path variable {" + variable + "} of " + route.display() + " ("
                                + route.displayName() + ") is bound to no parameter: add a parameter annotated"
                                + " @PathParam(\"" + variable + "\").");
            }
        }
        for (ParamInput param : route.params()) {
            if (isPathParam(param) && !variables.contains(param.wireName())) {
                AnnotationMirror mirror = param.binding().orElseThrow();
                String known = variables.isEmpty() ? "it has no variables" : "its variables are "
                        + String.join(", ", variables.stream().map(v -> "{" + v + "}").toList());
                report.error(param.element(), mirror, Annotations.explicitValue(mirror, "value").orElse(null),
                        "[KilnPathParamUnknown] @PathParam \"" + param.wireName() + "\" of " + route.displayName()
                                + " is not a variable of the route path " + route.path() + " (" + known + "): name one"
                                + " of them, or add {" + param.wireName() + "} to the path.");
            }
        }
    }

    private static boolean isPathParam(ParamInput param) {
        return param.bindings().size() == 1 && param.kind().orElseThrow() == ParamKind.PATH;
    }

    private static String kindName(Element element) {
        return switch (element.getKind()) {
            case CLASS -> "class";
            case RECORD -> "record";
            case ENUM -> "enum";
            case ANNOTATION_TYPE -> "annotation type";
            default -> element.getKind().toString().toLowerCase(Locale.ROOT);
        };
    }
}
