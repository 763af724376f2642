package dev.kiln.processor.read;

import dev.kiln.codegen.model.Constraints;
import dev.kiln.codegen.model.ParamKind;
import dev.kiln.codegen.model.ParamModel;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * A route parameter as read, with the elements and mirrors errors are reported on.
 *
 * @param element       the parameter
 * @param bindings      its binding annotations ({@code @PathParam}, {@code @QueryParam}, {@code @Header},
 *                      {@code @Body}); exactly one when valid
 * @param kind          where the first binding binds it from
 * @param wireName      the path variable, query parameter or header name; the Java name for a body
 * @param type          its type read for that binding; empty when it has no single binding
 * @param defaultValue  its {@code @DefaultValue}, if any
 * @param constraints   its constraints, read when its type was read
 */
public record ParamInput(
        VariableElement element,
        List<AnnotationMirror> bindings,
        Optional<ParamKind> kind,
        String wireName,
        Optional<TypeRead> type,
        Optional<AnnotationMirror> defaultValue,
        Optional<ConstraintRead> constraints) {

    public ParamInput(VariableElement element, List<AnnotationMirror> bindings, Optional<ParamKind> kind,
                      String wireName, Optional<TypeRead> type, Optional<AnnotationMirror> defaultValue) {
        this(element, bindings, kind, wireName, type, defaultValue, Optional.empty());
    }

    public String javaName() {
        return element.getSimpleName().toString();
    }

    /** The first binding annotation, where errors about the binding point. */
    public Optional<AnnotationMirror> binding() {
        return bindings.stream().findFirst();
    }

    /** The default value as written. */
    public Optional<String> defaultText() {
        return defaultValue.map(m -> Annotations.stringValue(m, "value"));
    }

    /** The model of a parameter that passed validation. */
    public ParamModel toModel() {
        return new ParamModel(javaName(), kind.orElseThrow(), wireName,
                ((TypeRead.Ok) type.orElseThrow()).type(), defaultText(),
                constraints.map(ConstraintRead::constraintsOrNone).orElse(Constraints.NONE));
    }
}
