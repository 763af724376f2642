package dev.kiln.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.kiln.codegen.model.InterceptedModel;
import dev.kiln.codegen.model.Names;
import dev.kiln.codegen.template.InterceptedTemplate;
import dev.kiln.processor.read.Annotations;
import dev.kiln.processor.read.ApplicationReader;
import dev.kiln.processor.validate.InterceptionValidator;
import dev.kiln.processor.validate.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Every class of the compilation with {@code jakarta.transaction.Transactional} methods (on the method, or on the
 * class for all its non-private instance methods; the method's own wins), checked and given its generated subclass
 * when it appears, whether or not an application reaches it. The application step binds each subclass in its
 * class's place ({@link #intercepted()}).
 */
final class InterceptionStep {
    private static final String TRANSACTIONAL = "@Transactional";

    private final Elements elements;
    private final Types types;
    private final Output output;
    private final Map<String, ClassName> intercepted = new LinkedHashMap<>();

    InterceptionStep(ProcessingEnvironment env, Output output) {
        this.elements = env.getElementUtils();
        this.types = env.getTypeUtils();
        this.output = output;
    }

    /** The classes given a subclass so far, by qualified name, each with its subclass. */
    Map<String, ClassName> intercepted() {
        return Map.copyOf(intercepted);
    }

    void process(List<TypeElement> newTypes) {
        if (elements.getTypeElement(Annotations.TRANSACTIONAL) == null) {
            return;   // nothing in this compilation can carry the annotation
        }
        for (TypeElement type : newTypes) {
            if (type.getKind() == ElementKind.CLASS) {
                process(type);
            }
        }
    }

    private void process(TypeElement type) {
        Optional<AnnotationMirror> onClass = Annotations.find(type, Annotations.TRANSACTIONAL);
        List<ExecutableElement> declared = ElementFilter.methodsIn(type.getEnclosedElements());
        List<ExecutableElement> annotated = declared.stream()
                .filter(m -> Annotations.has(m, Annotations.TRANSACTIONAL)).toList();
        if (onClass.isEmpty() && annotated.isEmpty()) {
            return;
        }
        Element where = onClass.isPresent() ? type : annotated.getFirst();
        AnnotationMirror whereMirror = onClass.orElseGet(
                () -> Annotations.find(annotated.getFirst(), Annotations.TRANSACTIONAL).orElseThrow());
        ValidationReport report = new ValidationReport();
        if (elements.getTypeElement(Annotations.TRANSACTIONS) == null) {
            report.error(where, whereMirror, "[KilnDataRuntimeMissing] " + TRANSACTIONAL + " in "
                    + type.getSimpleName() + " needs dev.kiln:kiln-runtime-data, which is not on the classpath:"
                    + " add it to the application's dependencies.");
            output.print(report);
            return;
        }
        if (!InterceptionValidator.checkClass(type, where, whereMirror, TRANSACTIONAL, report)) {
            output.print(report);
            return;
        }
        List<InterceptedModel.Method> methods = new ArrayList<>();
        for (ExecutableElement method : declared) {
            Optional<AnnotationMirror> own = Annotations.find(method, Annotations.TRANSACTIONAL);
            if (own.isPresent()) {
                if (InterceptionValidator.checkMethod(method, own.get(), TRANSACTIONAL, report)) {
                    methods.add(method(type, method, own.get()));
                }
            } else if (onClass.isPresent() && !method.getModifiers().contains(Modifier.PRIVATE)
                    && !method.getModifiers().contains(Modifier.STATIC)) {
                if (method.getModifiers().contains(Modifier.FINAL)) {
                    report.error(method, "[KilnInterceptedFinal] " + TRANSACTIONAL + " on " + type.getSimpleName()
                            + " covers " + method.getSimpleName() + "(), which is final: Kiln runs it in a generated"
                            + " subclass that overrides it; remove final from the method.");
                } else {
                    methods.add(method(type, method, onClass.get()));
                }
            }
        }
        if (!output.print(report)) {
            return;
        }
        ExecutableElement constructor = ApplicationReader.injectConstructor(type).orElseThrow();
        ClassName target = ClassName.get(type);
        InterceptedModel model = new InterceptedModel(target, Names.intercepted(target),
                type.getModifiers().contains(Modifier.PUBLIC), scopes(type),
                constructor.getParameters().stream().map(this::parameter).toList(),
                constructor.getThrownTypes().stream().map(TypeName::get).toList(), methods);
        output.writer().write(InterceptedTemplate.render(model), List.of(type));
        intercepted.put(type.getQualifiedName().toString(), model.subclass());
    }

    private InterceptedModel.Method method(TypeElement type, ExecutableElement method, AnnotationMirror mirror) {
        MethodSpec signature = MethodSpec.overriding(method, (DeclaredType) type.asType(), types).build();
        String txType = Annotations.value(mirror, "value")
                .map(v -> ((VariableElement) v.getValue()).getSimpleName().toString()).orElse("REQUIRED");
        return new InterceptedModel.Method(signature, List.of(new InterceptedModel.Transactional(txType,
                Annotations.typesValue(mirror, "rollbackOn").stream().map(t -> TypeName.get(types.erasure(t))).toList(),
                Annotations.typesValue(mirror, "dontRollbackOn").stream().map(t -> TypeName.get(types.erasure(t))).toList())));
    }

    /** A constructor parameter as the subclass declares it: same type and name, with its qualifiers. */
    private ParameterSpec parameter(VariableElement parameter) {
        ParameterSpec.Builder spec = ParameterSpec.builder(TypeName.get(parameter.asType()),
                parameter.getSimpleName().toString());
        parameter.getAnnotationMirrors().stream().filter(this::isQualifier).map(AnnotationSpec::get)
                .forEach(spec::addAnnotation);
        return spec.build();
    }

    /** The class's scope annotations ({@code @Singleton}, …): the subclass is scoped as the class was. */
    private List<AnnotationSpec> scopes(TypeElement type) {
        return type.getAnnotationMirrors().stream()
                .filter(m -> Annotations.has(m.getAnnotationType().asElement(), Annotations.SCOPE)
                        || Annotations.has(m.getAnnotationType().asElement(), "javax.inject.Scope"))
                .map(AnnotationSpec::get).toList();
    }

    private boolean isQualifier(AnnotationMirror mirror) {
        Element annotation = mirror.getAnnotationType().asElement();
        return Annotations.has(annotation, Annotations.QUALIFIER) || Annotations.has(annotation, "javax.inject.Qualifier");
    }
}
