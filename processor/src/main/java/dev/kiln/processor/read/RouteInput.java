package dev.kiln.processor.read;

import dev.kiln.codegen.model.HttpMethod;
import dev.kiln.codegen.model.RouteModel;
import dev.kiln.codegen.model.ValueType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * A method of a service interface as read, with the elements and mirrors errors are reported on.
 *
 * @param method          the method
 * @param owner           the simple name of the service interface it is read for, for messages
 * @param httpAnnotations its HTTP method annotations; exactly one when valid
 * @param path            the interface path and the first HTTP annotation's sub-path, joined and normalised
 * @param status          its {@code @Status}, if any
 * @param params          its parameters in declaration order
 * @param result          its return type, read as a result
 * @param policy          the rule, rate limit and filters written on the method
 */
public record RouteInput(
        ExecutableElement method,
        String owner,
        List<AnnotationMirror> httpAnnotations,
        String path,
        Optional<AnnotationMirror> status,
        List<ParamInput> params,
        TypeRead result,
        PolicyInput policy) {

    /** {@code OrderApi.get}: how messages name the method. */
    public String displayName() {
        return owner + "." + method.getSimpleName();
    }

    /** The first HTTP method annotation, where errors about the route's path point. */
    public Optional<AnnotationMirror> httpAnnotation() {
        return httpAnnotations.stream().findFirst();
    }

    /** The HTTP method of the first HTTP annotation. */
    public Optional<HttpMethod> httpMethod() {
        return httpAnnotation().map(m -> HttpMethod.valueOf(Annotations.simpleNameOf(m).toUpperCase(Locale.ROOT)));
    }

    /** {@code GET /orders/{id}}. */
    public String display() {
        return httpMethod().map(HttpMethod::name).orElse("?") + " " + path;
    }

    /** The success status: {@code @Status}, else 204 for {@code void}, else 200. */
    public int statusCode() {
        return status.flatMap(m -> Annotations.intValue(m, "value"))
                .orElse(result instanceof TypeRead.Ok ok && ok.type() instanceof ValueType.Void ? 204 : 200);
    }

    /** The model of a route that passed validation, in an interface that declares {@code ifacePolicy}. */
    public RouteModel toModel(PolicyInput ifacePolicy) {
        return new RouteModel(method.getSimpleName().toString(), httpMethod().orElseThrow(), path, statusCode(),
                params.stream().map(ParamInput::toModel).toList(), ((TypeRead.Ok) result).type(),
                PolicyInput.resolve(ifacePolicy, policy), Annotations.has(method, Annotations.IDEMPOTENT));
    }
}
