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
import dev.kiln.processor.read.Sources;
import dev.kiln.processor.read.TypeReader;
import dev.kiln.processor.validate.CacheDeclarations;
import dev.kiln.processor.validate.CacheValidator;
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
 * class for all its non-private instance methods; the method's own wins) or cache methods ({@code @Cached},
 * {@code @CachePut}, {@code @CacheEvict}), checked and given its generated subclass when it appears, whether or not
 * an application reaches it. The application step binds each subclass in its class's place ({@link #intercepted()}).
 */
final class InterceptionStep {
    private static final String TRANSACTIONAL = "@Transactional";

    private final Elements elements;
    private final Types types;
    private final Output output;
    private final Sources sources;
    private final CodecFiles codecs;
    private final CacheDeclarations declarations;
    private final Map<String, Intercepted> intercepted = new LinkedHashMap<>();

    /** A class given a subclass: whether it runs transactions, the names of the caches it uses (sorted, once each). */
    record Intercepted(ClassName subclass, boolean transactional, List<String> caches) {}

    InterceptionStep(ProcessingEnvironment env, Output output) {
        this.elements = env.getElementUtils();
        this.types = env.getTypeUtils();
        this.output = output;
        this.sources = new Sources(elements);
        this.codecs = new CodecFiles(elements, output);
        this.declarations = new CacheDeclarations(types);
    }

    /** The classes given a subclass so far, by qualified name. */
    Map<String, Intercepted> intercepted() {
        return Map.copyOf(intercepted);
    }

    void process(List<TypeElement> newTypes) {
        boolean transactions = elements.getTypeElement(Annotations.TRANSACTIONAL) != null;
        List<TypeElement> classes = newTypes.stream().filter(t -> t.getKind() == ElementKind.CLASS).toList();
        for (TypeElement type : newTypes) {
            if (type.getKind() == ElementKind.INTERFACE) {
                ValidationReport report = new ValidationReport();
                CacheValidator.onInterface(type, report);
                output.print(report);
            }
        }
        declarations.declare(classes);
        for (TypeElement type : classes) {
            process(type, transactions);
        }
    }

    private void process(TypeElement type, boolean transactions) {
        Optional<AnnotationMirror> onClass = transactions ? Annotations.find(type, Annotations.TRANSACTIONAL)
                : Optional.empty();
        List<ExecutableElement> declared = ElementFilter.methodsIn(type.getEnclosedElements());
        List<ExecutableElement> annotated = transactions ? declared.stream()
                .filter(m -> Annotations.has(m, Annotations.TRANSACTIONAL)).toList() : List.of();
        boolean transactional = onClass.isPresent() || !annotated.isEmpty();
        Optional<ExecutableElement> firstCached = declared.stream().filter(m -> cacheMirror(m).isPresent()).findFirst();
        boolean caching = firstCached.isPresent();
        ValidationReport report = new ValidationReport();
        if (!caching) {
            CacheValidator.strayKeys(type, report);   // @CacheKey where no method caches
        }
        if (!transactional && !caching) {
            output.print(report);
            return;
        }
        Element where;
        AnnotationMirror whereMirror;
        String label;
        if (transactional) {
            where = onClass.isPresent() ? type : annotated.getFirst();
            whereMirror = onClass.orElseGet(
                    () -> Annotations.find(annotated.getFirst(), Annotations.TRANSACTIONAL).orElseThrow());
            label = TRANSACTIONAL;
        } else {
            where = firstCached.get();
            whereMirror = cacheMirror(firstCached.get()).orElseThrow();
            label = "@" + whereMirror.getAnnotationType().asElement().getSimpleName();
        }
        if (transactional && elements.getTypeElement(Annotations.TRANSACTIONS) == null) {
            report.error(where, whereMirror, "[KilnDataRuntimeMissing] " + TRANSACTIONAL + " in "
                    + type.getSimpleName() + " needs dev.kiln:kiln-runtime-data, which is not on the classpath:"
                    + " add it to the application's dependencies.");
        }
        if (caching && elements.getTypeElement(Annotations.CACHES) == null) {
            AnnotationMirror mirror = cacheMirror(firstCached.get()).orElseThrow();
            report.error(firstCached.get(), mirror, "[KilnCacheRuntimeMissing] @" + mirror.getAnnotationType()
                    .asElement().getSimpleName() + " in " + type.getSimpleName() + " needs dev.kiln:kiln-runtime-cache,"
                    + " which is not on the classpath: add it to the application's dependencies.");
        }
        if (!report.isClean() || !InterceptionValidator.checkClass(type, where, whereMirror, label, report)) {
            output.print(report);
            return;
        }
        Map<ExecutableElement, InterceptedModel.Interceptor> transactionLayers = transactional
                ? transactional(type, declared, onClass, report) : Map.of();
        TypeReader reader = new TypeReader(sources);
        boolean redis = elements.getPackageElement(Annotations.CACHE_REDIS_PACKAGE) != null;
        CacheValidator.Caching caches = caching
                ? new CacheValidator(elements, types, declarations, reader, redis).read(type, report)
                : new CacheValidator.Caching(Map.of(), List.of(), List.of(), List.of(), List.of());
        if (!output.print(report)) {
            return;
        }
        List<InterceptedModel.Method> methods = new ArrayList<>();
        for (ExecutableElement method : declared) {
            List<InterceptedModel.Interceptor> layers = new ArrayList<>();
            Optional.ofNullable(caches.interceptors().get(method)).ifPresent(layers::add);   // outermost: a hit starts no transaction
            Optional.ofNullable(transactionLayers.get(method)).ifPresent(layers::add);
            if (!layers.isEmpty()) {
                methods.add(new InterceptedModel.Method(
                        MethodSpec.overriding(method, (DeclaredType) type.asType(), types).build(), layers));
            }
        }
        if (methods.isEmpty()) {
            return;
        }
        codecs.write(reader.reachable(caches.encoded()), type);
        caches.keyCodecs().forEach(key -> codecs.write(key, type));
        ExecutableElement constructor = ApplicationReader.injectConstructor(type).orElseThrow();
        ClassName target = ClassName.get(type);
        InterceptedModel model = new InterceptedModel(target, Names.intercepted(target),
                type.getModifiers().contains(Modifier.PUBLIC), scopes(type),
                constructor.getParameters().stream().map(this::parameter).toList(),
                constructor.getThrownTypes().stream().map(TypeName::get).toList(), methods, caches.caches(),
                caches.keys());
        output.writer().write(InterceptedTemplate.render(model), List.of(type));
        intercepted.put(type.getQualifiedName().toString(),
                new Intercepted(model.subclass(), model.transactional(),
                        model.caches().stream().map(InterceptedModel.Cache::name).distinct().sorted().toList()));
    }

    /** The transaction layer of each transactional method (its own annotation, else the class's). */
    private Map<ExecutableElement, InterceptedModel.Interceptor> transactional(
            TypeElement type, List<ExecutableElement> declared, Optional<AnnotationMirror> onClass,
            ValidationReport report) {
        Map<ExecutableElement, InterceptedModel.Interceptor> layers = new LinkedHashMap<>();
        for (ExecutableElement method : declared) {
            Optional<AnnotationMirror> own = Annotations.find(method, Annotations.TRANSACTIONAL);
            if (own.isPresent()) {
                if (InterceptionValidator.checkMethod(method, own.get(), TRANSACTIONAL, report)) {
                    layers.put(method, transaction(own.get()));
                }
            } else if (onClass.isPresent() && !method.getModifiers().contains(Modifier.PRIVATE)
                    && !method.getModifiers().contains(Modifier.STATIC)) {
                if (method.getModifiers().contains(Modifier.FINAL)) {
                    report.error(method, "[KilnInterceptedFinal] " + TRANSACTIONAL + " on " + type.getSimpleName()
                            + " covers " + method.getSimpleName() + "(), which is final: Kiln runs it in a generated"
                            + " subclass that overrides it; remove final from the method.");
                } else {
                    layers.put(method, transaction(onClass.get()));
                }
            }
        }
        return layers;
    }

    private static Optional<AnnotationMirror> cacheMirror(ExecutableElement method) {
        return Annotations.find(method, Annotations.CACHED)
                .or(() -> Annotations.find(method, Annotations.CACHE_PUT))
                .or(() -> Annotations.find(method, Annotations.CACHE_EVICT));
    }

    private InterceptedModel.Transactional transaction(AnnotationMirror mirror) {
        String txType = Annotations.value(mirror, "value")
                .map(v -> ((VariableElement) v.getValue()).getSimpleName().toString()).orElse("REQUIRED");
        return new InterceptedModel.Transactional(txType,
                Annotations.typesValue(mirror, "rollbackOn").stream().map(t -> TypeName.get(types.erasure(t))).toList(),
                Annotations.typesValue(mirror, "dontRollbackOn").stream().map(t -> TypeName.get(types.erasure(t))).toList());
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
