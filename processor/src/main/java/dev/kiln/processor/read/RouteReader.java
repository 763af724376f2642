package dev.kiln.processor.read;

import com.palantir.javapoet.ClassName;
import dev.kiln.codegen.model.ParamKind;
import dev.kiln.codegen.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads one method of a service interface: its HTTP method and path, its parameters' bindings and
 * types (a {@code Principal} without a binding annotation is bound from the credentials), its status, its
 * result, and its rule, rate limit and filters. It reads everything it can and judges nothing; the
 * {@code ServiceValidator} decides what is wrong.
 */
public final class RouteReader {
    private static final List<String> HTTP_METHODS =
            List.of(Annotations.GET, Annotations.POST, Annotations.PUT, Annotations.PATCH, Annotations.DELETE);
    private static final Map<String, ParamKind> BINDINGS = Map.of(
            Annotations.PATH_PARAM, ParamKind.PATH,
            Annotations.QUERY_PARAM, ParamKind.QUERY,
            Annotations.HEADER, ParamKind.HEADER,
            Annotations.BODY, ParamKind.BODY);

    private final Types types;
    private final TypeReader typeReader;

    public RouteReader(Types types, TypeReader typeReader) {
        this.types = types;
        this.typeReader = typeReader;
    }

    /** Reads {@code method} as a member of {@code service}, whose {@code @Path} is {@code basePath}. */
    public RouteInput read(DeclaredType service, String owner, String basePath, ExecutableElement method) {
        // As a member of the service type, so that methods inherited from a generic interface read concretely.
        ExecutableType signature = (ExecutableType) types.asMemberOf(service, method);
        List<AnnotationMirror> http = method.getAnnotationMirrors().stream()
                .filter(m -> HTTP_METHODS.contains(Annotations.nameOf(m)))
                .map(m -> (AnnotationMirror) m)
                .toList();
        String subPath = http.isEmpty() ? "" : Annotations.stringValue(http.getFirst(), "value");
        List<ParamInput> params = new ArrayList<>();
        List<? extends VariableElement> elements = method.getParameters();
        for (int i = 0; i < elements.size(); i++) {
            params.add(param(elements.get(i), signature.getParameterTypes().get(i), owner + "." + method.getSimpleName()));
        }
        return new RouteInput(method, owner, http, RoutePaths.join(basePath, subPath),
                Annotations.find(method, Annotations.STATUS), List.copyOf(params),
                typeReader.readResult(signature.getReturnType()), PolicyInput.read(method));
    }

    /** Whether {@code type} is {@code dev.kiln.runtime.security.Principal}, which Kiln binds from the credentials. */
    public static boolean isPrincipal(TypeMirror type) {
        return type instanceof DeclaredType declared
                && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(Annotations.PRINCIPAL);
    }

    private ParamInput param(VariableElement element, TypeMirror type, String routeName) {
        List<AnnotationMirror> bindings = element.getAnnotationMirrors().stream()
                .filter(m -> BINDINGS.containsKey(Annotations.nameOf(m)))
                .map(m -> (AnnotationMirror) m)
                .toList();
        String javaName = element.getSimpleName().toString();
        if (bindings.isEmpty() && isPrincipal(type)) {
            // Bound from the request's credentials, not from the wire; never encoded.
            TypeElement principalType = (TypeElement) ((DeclaredType) type).asElement();
            ValueType principal = new ValueType.RecordRef(ClassName.get(principalType));
            return new ParamInput(element, bindings, Optional.of(ParamKind.PRINCIPAL), javaName,
                    Optional.of(new TypeRead.Ok(principal)), Annotations.find(element, Annotations.DEFAULT_VALUE));
        }
        Optional<ParamKind> kind = bindings.stream().findFirst().map(m -> BINDINGS.get(Annotations.nameOf(m)));
        String wireName = bindings.stream().findFirst()
                .filter(m -> kind.orElseThrow() != ParamKind.BODY)
                .map(m -> Annotations.stringValue(m, "value"))
                .filter(v -> !v.isEmpty())
                .orElse(javaName);
        Optional<TypeRead> read = bindings.size() != 1 ? Optional.empty() : Optional.of(switch (kind.orElseThrow()) {
            case PATH -> typeReader.readPath(type);
            case QUERY, HEADER -> typeReader.readText(type);
            case BODY -> typeReader.readJson(type);
            case PRINCIPAL -> throw new IllegalStateException("a principal has no binding annotation");
        });
        Optional<ConstraintRead> constraints = read
                .filter(TypeRead.Ok.class::isInstance)
                .map(ok -> typeReader.readConstraints(element, "parameter '" + javaName + "' of " + routeName,
                        ((TypeRead.Ok) ok).type()));
        return new ParamInput(element, bindings, kind, wireName, read,
                Annotations.find(element, Annotations.DEFAULT_VALUE), constraints);
    }
}
