package dev.kiln.processor.validate;

import dev.kiln.processor.read.Annotations;
import dev.kiln.processor.read.RateLimitWindows;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The caches of one compilation as their {@code @Cached} methods declare them: per name, the key (its parameters'
 * names and types), the value type and the TTL, from the first {@code @Cached} method of that name (classes in name
 * order). {@code @CachePut} and {@code @CacheEvict} methods are checked against it by {@link CacheValidator}, and so
 * are further {@code @Cached} methods of the same name ({@code [KilnCacheKeyMismatch]}, {@code [KilnCacheValueMismatch]},
 * {@code [KilnCacheConflict]}).
 */
public final class CacheDeclarations {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    /** The keys under {@code kiln.cache.} that are settings of every cache (kiln-runtime-cache's CacheSettings). */
    static final Set<String> RESERVED = Set.of("store", "ttl", "max-size", "cache-empty", "endpoint", "redis");

    private final Types types;
    private final Map<String, Declaration> byName = new HashMap<>();

    public CacheDeclarations(Types types) {
        this.types = types;
    }

    /**
     * The first {@code @Cached} method of a cache.
     *
     * @param owner  its class: a composite key's record is nested in that class's subclass
     * @param key    the key parameters (the {@code @CacheKey} ones, else all)
     * @param value  the method's return type
     * @param ttl    its {@code ttl}, if given and valid
     */
    public record Declaration(TypeElement owner, ExecutableElement method, List<VariableElement> key, TypeMirror value,
                              Optional<Duration> ttl) {}

    /** Records the {@code @Cached} methods of {@code classes} whose name is valid (the first of each name wins). */
    public void declare(List<TypeElement> classes) {
        for (TypeElement type : classes) {
            for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
                Optional<AnnotationMirror> cached = Annotations.find(method, Annotations.CACHED);
                if (cached.isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
                    continue;
                }
                String name = Annotations.stringValue(cached.get(), "name");
                if (NAME.matcher(name).matches() && !byName.containsKey(name)) {
                    byName.put(name, new Declaration(type, method, keyParameters(method), method.getReturnType(),
                            ttl(cached.get())));
                }
            }
        }
    }

    /** The declaration of cache {@code name}, if a {@code @Cached} method of this compilation declares it. */
    public Optional<Declaration> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The parameters marked {@code @CacheKey}, else all of them. */
    static List<VariableElement> keyParameters(ExecutableElement method) {
        List<VariableElement> marked = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            if (Annotations.has(parameter, Annotations.CACHE_KEY)) {
                marked.add(parameter);
            }
        }
        return marked.isEmpty() ? List.copyOf(method.getParameters()) : marked;
    }

    /** A valid, positive {@code ttl}; empty when absent or invalid (the validator reports the latter). */
    static Optional<Duration> ttl(AnnotationMirror cached) {
        String text = Annotations.stringValue(cached, "ttl");
        return text.isEmpty() ? Optional.empty()
                : RateLimitWindows.parse(text).filter(d -> !d.isZero() && !d.isNegative());
    }

    /** Whether two key parameter lists have the same types in the same order. */
    boolean sameKey(List<VariableElement> a, List<VariableElement> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!types.isSameType(boxed(a.get(i).asType()), boxed(b.get(i).asType()))) {
                return false;
            }
        }
        return true;
    }

    TypeMirror boxed(TypeMirror type) {
        return type.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType() : type;
    }
}
