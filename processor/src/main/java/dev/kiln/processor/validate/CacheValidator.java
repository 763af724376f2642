package dev.kiln.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.kiln.codegen.model.InterceptedModel;
import dev.kiln.codegen.model.Names;
import dev.kiln.codegen.model.RecordModel;
import dev.kiln.codegen.model.ValueType;
import dev.kiln.processor.read.Annotations;
import dev.kiln.processor.read.TypeRead;
import dev.kiln.processor.read.TypeReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads and checks the {@code @Cached}, {@code @CachePut} and {@code @CacheEvict} methods of one class into the
 * cache layers of its generated subclass: per method one interceptor, per cache a spec, per composite key the record
 * this class's subclass declares. One tagged error per mistake, on its element; keys and values are checked against
 * the compilation's {@link CacheDeclarations}. With kiln-runtime-cache-redis on the class path ({@code redis}), keys
 * and values need JSON codecs ({@code [KilnCacheNoCodec]}).
 */
public final class CacheValidator {
    private final Elements elements;
    private final Types types;
    private final CacheDeclarations declarations;
    private final TypeReader reader;
    private final boolean redis;

    public CacheValidator(Elements elements, Types types, CacheDeclarations declarations, TypeReader reader,
                          boolean redis) {
        this.elements = elements;
        this.types = types;
        this.declarations = declarations;
        this.reader = reader;
        this.redis = redis;
    }

    /**
     * A class's caching.
     *
     * @param interceptors the cache layer of each cache method
     * @param caches       the caches it uses, in order of first use
     * @param keys         the composite key records its subclass declares
     * @param encoded      what the caches' codecs encode (its records and enums need codecs)
     * @param keyCodecs    the key records with codecs to generate
     */
    public record Caching(Map<ExecutableElement, InterceptedModel.Interceptor> interceptors,
                          List<InterceptedModel.Cache> caches, List<InterceptedModel.KeyRecord> keys,
                          List<ValueType> encoded, List<RecordModel> keyCodecs) {}

    private enum Kind {
        CACHED("@Cached", Annotations.CACHED), PUT("@CachePut", Annotations.CACHE_PUT),
        EVICT("@CacheEvict", Annotations.CACHE_EVICT);

        final String label;
        final String annotation;

        Kind(String label, String annotation) {
            this.label = label;
            this.annotation = annotation;
        }
    }

    public Caching read(TypeElement type, ValidationReport report) {
        Map<ExecutableElement, InterceptedModel.Interceptor> interceptors = new LinkedHashMap<>();
        Map<String, InterceptedModel.Cache> caches = new LinkedHashMap<>();
        Map<ClassName, InterceptedModel.KeyRecord> keys = new LinkedHashMap<>();
        List<ValueType> encoded = new ArrayList<>();
        List<RecordModel> keyCodecs = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            List<Kind> kinds = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                if (Annotations.has(method, kind.annotation)) {
                    kinds.add(kind);
                }
            }
            if (kinds.isEmpty()) {
                strayKeys(method, report);
                continue;
            }
            Kind kind = kinds.getFirst();
            AnnotationMirror mirror = Annotations.find(method, kind.annotation).orElseThrow();
            if (kinds.size() > 1) {
                report.error(method, mirror, "[KilnCacheAnnotations] " + display(method) + " has " + kinds.stream()
                        .map(k -> k.label).reduce((a, b) -> a + " and " + b).orElseThrow() + ": a method does one"
                        + " cache operation; split it into two methods.");
                continue;
            }
            new MethodReader(type, method, kind, mirror, report, caches, keys, encoded, keyCodecs).read()
                    .ifPresent(i -> interceptors.put(method, i));
        }
        return new Caching(interceptors, List.copyOf(caches.values()), List.copyOf(keys.values()), encoded, keyCodecs);
    }

    /** One cache method: its checks, its key, its value and its cache. */
    private final class MethodReader {
        private final TypeElement type;
        private final ExecutableElement method;
        private final Kind kind;
        private final AnnotationMirror mirror;
        private final ValidationReport report;
        private final Map<String, InterceptedModel.Cache> caches;
        private final Map<ClassName, InterceptedModel.KeyRecord> keys;
        private final List<ValueType> encoded;
        private final List<RecordModel> keyCodecs;
        private final String name;
        private final Optional<CacheDeclarations.Declaration> declaration;

        MethodReader(TypeElement type, ExecutableElement method, Kind kind, AnnotationMirror mirror,
                     ValidationReport report, Map<String, InterceptedModel.Cache> caches,
                     Map<ClassName, InterceptedModel.KeyRecord> keys, List<ValueType> encoded,
                     List<RecordModel> keyCodecs) {
            this.type = type;
            this.method = method;
            this.kind = kind;
            this.mirror = mirror;
            this.report = report;
            this.caches = caches;
            this.keys = keys;
            this.encoded = encoded;
            this.keyCodecs = keyCodecs;
            this.name = Annotations.stringValue(mirror, "name");
            this.declaration = declarations.get(name);
        }

        Optional<InterceptedModel.Interceptor> read() {
            if (!InterceptionValidator.checkMethod(method, mirror, kind.label, report) || !checkShape()) {
                return Optional.empty();
            }
            boolean allEntries = kind == Kind.EVICT && Annotations.booleanValue(mirror, "allEntries");
            if (allEntries) {
                List<VariableElement> marked = markedKeys(method);
                marked.forEach(p -> report.error(p, Annotations.find(p, Annotations.CACHE_KEY).orElseThrow(),
                        "[KilnCacheKeyUnused] @CacheKey on parameter '" + p.getSimpleName() + "' of "
                                + display(method) + ", whose @CacheEvict(allEntries = true) removes every entry of"
                                + " '" + name + "': no key is used; remove @CacheKey or allEntries."));
                if (!marked.isEmpty()) {
                    return Optional.empty();
                }
                cache(allEntriesKey(), Optional.empty());
                return Optional.of(new InterceptedModel.CacheEvict(name, Optional.empty()));
            }
            Optional<List<VariableElement>> parameters = keyParameters();
            if (parameters.isEmpty() || !checkKeyTypes(parameters.get())) {
                return Optional.empty();
            }
            Optional<InterceptedModel.CacheKey> key = key(parameters.get());
            if (key.isEmpty()) {
                return Optional.empty();
            }
            return switch (kind) {
                case CACHED -> checkValue() ? Optional.of(new InterceptedModel.Cached(name, key.get())) : Optional.empty();
                case PUT -> adaptation().map(a -> new InterceptedModel.CachePut(name, key.get(), a));
                case EVICT -> Optional.of(new InterceptedModel.CacheEvict(name, key));
            };
        }

        /** The name, the method's type parameters, a result, the TTL. */
        private boolean checkShape() {
            if (!CacheDeclarations.NAME.matcher(name).matches()) {
                report.error(method, mirror, Annotations.explicitValue(mirror, "name").orElse(null), "[KilnCacheName] "
                        + kind.label + "(name = \"" + name + "\") on " + display(method) + ": a cache name is letters,"
                        + " digits, '-' and '_' (it is part of configuration keys: kiln.cache.<name>.ttl), e.g."
                        + " \"products\".");
                return false;
            }
            if (CacheDeclarations.RESERVED.contains(name)) {
                report.error(method, mirror, Annotations.explicitValue(mirror, "name").orElse(null), "[KilnCacheName] "
                        + kind.label + "(name = \"" + name + "\") on " + display(method) + ": kiln.cache." + name
                        + " is a setting of every cache, so kiln.cache." + name + ".ttl could not configure this one;"
                        + " choose another name.");
                return false;
            }
            if (!method.getTypeParameters().isEmpty()) {
                report.error(method, mirror, "[KilnCacheGeneric] " + kind.label + " on " + display(method) + ", a generic"
                        + " method: a cache has one key and one value type; remove the type parameters.");
                return false;
            }
            if (kind != Kind.EVICT && method.getReturnType().getKind() == TypeKind.VOID) {
                report.error(method, mirror, "[KilnCachedVoid] " + kind.label + " on " + display(method) + ", which"
                        + " returns void: there is nothing to cache; return the value, or use @CacheEvict.");
                return false;
            }
            if (kind == Kind.CACHED && !Annotations.stringValue(mirror, "ttl").isEmpty()
                    && CacheDeclarations.ttl(mirror).isEmpty()) {
                report.error(method, mirror, Annotations.explicitValue(mirror, "ttl").orElse(null), "[KilnCacheTtl] @Cached(ttl"
                        + " = \"" + Annotations.stringValue(mirror, "ttl") + "\") on " + display(method) + ": a TTL is"
                        + " a positive number and a unit (ms, s, m, h or d), e.g. \"5m\".");
                return false;
            }
            return true;
        }

        /** The key parameters: marked, or matching the cache's declared key, or all. */
        private Optional<List<VariableElement>> keyParameters() {
            List<VariableElement> marked = markedKeys(method);
            List<VariableElement> all = List.copyOf(method.getParameters());
            List<VariableElement> chosen = !marked.isEmpty() ? marked : all;
            if (declaration.isEmpty() || declaration.get().method().equals(method)) {
                return Optional.of(chosen);
            }
            List<VariableElement> declared = declaration.get().key();
            if (declarations.sameKey(declared, chosen)) {
                return Optional.of(chosen);
            }
            if (marked.isEmpty() && kind != Kind.CACHED) {
                Optional<List<VariableElement>> byName = byName(declared, all);
                if (byName.isPresent()) {
                    return byName;
                }
            }
            ExecutableElement cached = declaration.get().method();
            report.error(method, mirror, "[KilnCacheKeyMismatch] " + kind.label + "(name = \"" + name + "\") on "
                    + display(method) + " has the key (" + describe(chosen) + "), but "
                    + cached.getEnclosingElement().getSimpleName() + "." + cached.getSimpleName() + "() caches '" + name
                    + "' by (" + describe(declared) + "): one cache has one key; mark the parameters that form it with"
                    + " @CacheKey" + (kind == Kind.CACHED ? "." : ", or name them as " + cached.getSimpleName()
                    + "() does."));
            return Optional.empty();
        }

        /** For each declared key parameter, this method's parameter of the same name and type, in that order. */
        private Optional<List<VariableElement>> byName(List<VariableElement> declared, List<VariableElement> all) {
            List<VariableElement> found = new ArrayList<>();
            for (VariableElement d : declared) {
                Optional<VariableElement> match = all.stream().filter(p -> p.getSimpleName().equals(d.getSimpleName())
                        && types.isSameType(declarations.boxed(p.asType()), declarations.boxed(d.asType()))).findFirst();
                if (match.isEmpty()) {
                    return Optional.empty();
                }
                found.add(match.get());
            }
            return Optional.of(found);
        }

        private boolean checkKeyTypes(List<VariableElement> parameters) {
            boolean ok = true;
            for (VariableElement parameter : parameters) {
                Optional<String> problem = CacheKeys.equalityProblem(parameter.asType(), elements, types);
                if (problem.isPresent()) {
                    report.error(parameter, "[KilnCacheKeyType] Parameter '" + parameter.getSimpleName() + "' of "
                            + display(method) + " is part of the key of cache '" + name + "', and its type "
                            + parameter.asType() + " " + problem.get() + ": keys must compare by value (scalars,"
                            + " strings, enums, records, lists of them); use such a type, or leave the parameter out"
                            + " of the key (mark the others with @CacheKey).");
                    ok = false;
                }
            }
            return ok;
        }

        /** The key: one parameter, or a record of several (nested in the subclass of the cache's declaring class). */
        private Optional<InterceptedModel.CacheKey> key(List<VariableElement> parameters) {
            List<String> names = parameters.stream().map(p -> p.getSimpleName().toString()).toList();
            if (parameters.size() == 1) {
                TypeMirror single = parameters.getFirst().asType();
                Optional<ValueType> json = json(single, parameters.getFirst());
                if (redis && json.isEmpty()) {
                    return Optional.empty();
                }
                cache(TypeName.get(single).box(), json);
                return Optional.of(new InterceptedModel.CacheKey(names, TypeName.get(single).box(), false,
                        !single.getKind().isPrimitive()));
            }
            TypeElement owner = declaration.map(CacheDeclarations.Declaration::owner).orElse(type);
            List<VariableElement> components = declaration.map(CacheDeclarations.Declaration::key).orElse(parameters);
            ClassName record = Names.cacheKey(ClassName.get(owner), name);
            if (!owner.equals(type) && !owner.getModifiers().contains(Modifier.PUBLIC)
                    && !elements.getPackageOf(owner).equals(elements.getPackageOf(type))) {
                report.error(method, mirror, "[KilnCacheKeyNotAccessible] " + kind.label + "(name = \"" + name + "\") on "
                        + display(method) + " uses the key record of '" + name + "', which " + owner.getSimpleName()
                        + "'s generated subclass declares, and " + owner.getSimpleName() + " is not public: make it"
                        + " public, or key the cache by one parameter.");
                return Optional.empty();
            }
            List<RecordModel.Component> jsonComponents = new ArrayList<>();
            for (VariableElement component : components) {
                json(component.asType(), component).ifPresent(j -> jsonComponents.add(
                        new RecordModel.Component(component.getSimpleName().toString(), j)));
            }
            boolean encodable = jsonComponents.size() == components.size();
            if (redis && !encodable) {
                return Optional.empty();
            }
            if (owner.equals(type) && !keys.containsKey(record)) {
                keys.put(record, new InterceptedModel.KeyRecord(record, components.stream()
                        .map(c -> ParameterSpec.builder(TypeName.get(c.asType()), c.getSimpleName().toString()).build())
                        .toList()));
                if (redis) {
                    keyCodecs.add(new RecordModel(record, jsonComponents));
                }
            }
            cache(record, redis ? Optional.of(new ValueType.RecordRef(record)) : Optional.empty());
            return Optional.of(new InterceptedModel.CacheKey(names, record, true, false));
        }

        private boolean checkValue() {
            if (declaration.isPresent() && !declaration.get().method().equals(method)) {
                ExecutableElement first = declaration.get().method();
                if (!types.isSameType(declarations.boxed(method.getReturnType()),
                        declarations.boxed(declaration.get().value()))) {
                    report.error(method, mirror, "[KilnCacheValueMismatch] " + display(method) + " caches "
                            + method.getReturnType() + " in '" + name + "', which " + first.getEnclosingElement()
                            .getSimpleName() + "." + first.getSimpleName() + "() fills with " + declaration.get().value()
                            + ": one cache holds one type; use another cache name.");
                    return false;
                }
                Optional<java.time.Duration> own = CacheDeclarations.ttl(mirror);
                if (own.isPresent() && declaration.get().ttl().isPresent() && !own.equals(declaration.get().ttl())) {
                    report.error(method, mirror, Annotations.explicitValue(mirror, "ttl").orElse(null), "[KilnCacheConflict] "
                            + display(method) + " gives cache '" + name + "' the TTL " + Annotations.stringValue(mirror,
                            "ttl") + ", and " + first.getEnclosingElement().getSimpleName() + "." + first.getSimpleName()
                            + "() another: a cache has one TTL; give it on one method (or in kiln.cache." + name
                            + ".ttl).");
                    return false;
                }
            }
            return true;
        }

        /** How a {@code @CachePut} result becomes the cache's value. */
        private Optional<InterceptedModel.Adaptation> adaptation() {
            if (declaration.isEmpty()) {
                return Optional.of(InterceptedModel.Adaptation.SAME);
            }
            TypeMirror cacheValue = declarations.boxed(declaration.get().value());
            TypeMirror returned = declarations.boxed(method.getReturnType());
            if (types.isSameType(cacheValue, returned)) {
                return Optional.of(InterceptedModel.Adaptation.SAME);
            }
            if (CacheKeys.optionalOf(cacheValue, types).filter(t -> types.isSameType(t, returned)).isPresent()) {
                return Optional.of(InterceptedModel.Adaptation.WRAP_OPTIONAL);
            }
            if (CacheKeys.optionalOf(returned, types).filter(t -> types.isSameType(t, cacheValue)).isPresent()) {
                return Optional.of(InterceptedModel.Adaptation.UNWRAP_OPTIONAL);
            }
            ExecutableElement first = declaration.get().method();
            report.error(method, mirror, "[KilnCacheValueMismatch] " + display(method) + " puts " + method.getReturnType()
                    + " into '" + name + "', which " + first.getEnclosingElement().getSimpleName() + "."
                    + first.getSimpleName() + "() fills with " + declaration.get().value() + ": return "
                    + declaration.get().value() + " (or the value it wraps in an Optional).");
            return Optional.empty();
        }

        /** The key type of a cache evicted only as a whole: its declared key's, else unknown here. */
        private TypeName allEntriesKey() {
            return declaration.map(d -> d.key().size() == 1 ? TypeName.get(d.key().getFirst().asType()).box()
                    : (TypeName) Names.cacheKey(ClassName.get(d.owner()), name))
                    .orElse(ClassName.OBJECT);
        }

        /** Records the cache this method uses in the class's caches (once), with its key's type and JSON shape. */
        private void cache(TypeName keyType, Optional<ValueType> keyJson) {
            if (caches.containsKey(name)) {
                return;
            }
            TypeMirror value = declaration.map(CacheDeclarations.Declaration::value)
                    .orElse(kind == Kind.EVICT ? null : method.getReturnType());
            TypeName valueType = value == null ? ClassName.OBJECT : TypeName.get(value).box();
            Optional<ValueType> valueJson = Optional.empty();
            if (redis && value != null) {
                Element where = declaration.<Element>map(CacheDeclarations.Declaration::method).orElse(method);
                valueJson = json(value, where);
            }
            caches.put(name, new InterceptedModel.Cache(name, keyType, valueType,
                    declaration.flatMap(CacheDeclarations.Declaration::ttl), keyJson, valueJson));
        }

        /** The JSON shape of {@code type}; with Redis possible, a type with none is an error on {@code where}. */
        private Optional<ValueType> json(TypeMirror type, Element where) {
            if (!redis) {
                return Optional.empty();   // a local cache keeps objects: no codec, none generated
            }
            TypeRead read = reader.readJson(type);
            if (read instanceof TypeRead.Ok ok) {
                encoded.add(ok.type());
                return Optional.of(ok.type());
            }
            if (where.equals(method) || method.getParameters().contains(where)) {
                TypeRead.Failed failed = (TypeRead.Failed) read;
                report.error(where, where.equals(method) ? mirror : null, "[KilnCacheNoCodec] " + display(method) + " uses cache '" + name + "', and"
                        + " dev.kiln:kiln-runtime-cache-redis is on the class path, so its keys and values may be"
                        + " stored in Redis as JSON; Kiln cannot encode " + failed.problem().found()
                        + (failed.problem().reason().isEmpty() ? "" : " (" + failed.problem().reason() + ")") + ". "
                        + TypeMessages.capitalised(failed.problem().supported()) + ".");
            }
            return Optional.empty();
        }
    }

    /**
     * {@code [KilnCacheOnInterface]} for each cache annotation on a method of interface {@code type}: Kiln caches in
     * the generated subclass of a class, so an interface's annotation would silently do nothing.
     */
    public static void onInterface(TypeElement type, ValidationReport report) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            for (Kind kind : Kind.values()) {
                Annotations.find(method, kind.annotation).ifPresent(mirror -> report.error(method, mirror,
                        "[KilnCacheOnInterface] " + kind.label + " on " + display(method) + ", a method of an interface:"
                                + " Kiln caches in the generated subclass of the class that implements it; put "
                                + kind.label + " on that class's method."));
            }
        }
    }

    /** {@code [KilnCacheKeyUnused]} for each {@code @CacheKey} on a method of {@code type} with no cache annotation. */
    public static void strayKeys(TypeElement type, ValidationReport report) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (!Annotations.has(method, Annotations.CACHED) && !Annotations.has(method, Annotations.CACHE_PUT)
                    && !Annotations.has(method, Annotations.CACHE_EVICT)) {
                strayKeys(method, report);
            }
        }
    }

    private static void strayKeys(ExecutableElement method, ValidationReport report) {
        markedKeys(method).forEach(p -> report.error(p, Annotations.find(p, Annotations.CACHE_KEY).orElseThrow(),
                "[KilnCacheKeyUnused] @CacheKey on parameter '" + p.getSimpleName() + "' of " + display(method)
                        + ", which has no @Cached, @CachePut or @CacheEvict: a key belongs to a cache operation; add"
                        + " one or remove @CacheKey."));
    }

    private static List<VariableElement> markedKeys(ExecutableElement method) {
        return method.getParameters().stream().filter(p -> Annotations.has(p, Annotations.CACHE_KEY))
                .map(p -> (VariableElement) p).toList();
    }

    private static String display(ExecutableElement method) {
        return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()";
    }

    private static String describe(List<VariableElement> parameters) {
        return String.join(", ", parameters.stream().map(p -> p.asType() + " " + p.getSimpleName()).toList());
    }
}
