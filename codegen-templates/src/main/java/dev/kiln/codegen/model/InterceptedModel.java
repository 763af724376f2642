package dev.kiln.codegen.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A class of the compilation whose methods Kiln intercepts, and what its generated subclass does: Kiln's one
 * interception mechanism ({@code docs/ARCHITECTURE.md}). The subclass extends the class, takes the class's
 * {@code @Inject} constructor's parameters plus what its interceptors need, carries the class's scope, and
 * overrides each intercepted method; Dagger binds it in the class's place, so calls from the class to itself go
 * through it too.
 *
 * @param target       the user's class
 * @param subclass     {@link Names#intercepted(ClassName)} of it
 * @param isPublic     whether the class is public: then so is the subclass, which the application's module binds
 * @param annotations  the scope (and qualifier) annotations of the class, copied onto the subclass
 * @param constructor  the parameters of the class's {@code @Inject} constructor, with their qualifiers
 * @param throwsTypes  what that constructor declares to throw
 * @param methods      the intercepted methods, in declaration order
 * @param caches       the caches its methods use, each once, in order of first use
 * @param keys         the composite key records it declares (nested in the subclass)
 */
public record InterceptedModel(ClassName target, ClassName subclass, boolean isPublic, List<AnnotationSpec> annotations,
                               List<ParameterSpec> constructor, List<TypeName> throwsTypes, List<Method> methods,
                               List<Cache> caches, List<KeyRecord> keys) {

    public InterceptedModel {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(subclass, "subclass");
        annotations = List.copyOf(annotations);
        constructor = List.copyOf(constructor);
        throwsTypes = List.copyOf(throwsTypes);
        methods = List.copyOf(methods);
        caches = List.copyOf(caches);
        keys = List.copyOf(keys);
    }

    /** Whether some method uses a cache: then the subclass needs {@code Caches}. */
    public boolean caching() {
        return !caches.isEmpty();
    }

    /** Whether some method runs in a transaction: then the subclass needs {@code Transactions}. */
    public boolean transactional() {
        return methods.stream().anyMatch(m -> m.interceptors().stream().anyMatch(Transactional.class::isInstance));
    }

    /**
     * One overridden method.
     *
     * @param signature    the overriding signature (name, modifiers, type variables, parameters, return, throws),
     *                     with {@code @Override} and no body
     * @param interceptors outermost first
     */
    public record Method(MethodSpec signature, List<Interceptor> interceptors) {
        public Method {
            Objects.requireNonNull(signature, "signature");
            interceptors = List.copyOf(interceptors);
            if (interceptors.isEmpty()) {
                throw new IllegalArgumentException("An intercepted method has at least one interceptor: " + signature.name());
            }
        }
    }

    /** What runs around a method: a transaction, or one cache operation (cache layers are outermost). */
    public sealed interface Interceptor permits Transactional, Cached, CachePut, CacheEvict {}

    /** {@code @Cached}: a hit returns the cached value; a miss runs the method once per key and caches its result. */
    public record Cached(String cache, CacheKey key) implements Interceptor {}

    /** {@code @CachePut}: runs the method and stores its result ({@code adapt}ed to the cache's value type). */
    public record CachePut(String cache, CacheKey key, Adaptation adapt) implements Interceptor {}

    /** {@code @CacheEvict}: removes {@code key} once the method returned; empty with {@code allEntries}. */
    public record CacheEvict(String cache, Optional<CacheKey> key) implements Interceptor {}

    /** How a {@code @CachePut} method's result becomes the cache's value. */
    public enum Adaptation {
        /** The method returns the cache's value type. */
        SAME,
        /** The cache holds {@code Optional<T>}, the method returns {@code T}: {@code Optional.ofNullable(result)}. */
        WRAP_OPTIONAL,
        /** The cache holds {@code T}, the method returns {@code Optional<T>}: {@code result.orElse(null)} (empty evicts). */
        UNWRAP_OPTIONAL
    }

    /**
     * The key of one cache call, from the method's parameters.
     *
     * @param parameters the parameters that form it, in order
     * @param type       the key type: the one parameter's (boxed), or the composite key record
     * @param composite  whether {@code type} is a key record built from {@code parameters}
     * @param nullable   whether the key can be null (one non-primitive parameter): a null key bypasses the cache
     */
    public record CacheKey(List<String> parameters, TypeName type, boolean composite, boolean nullable) {
        public CacheKey {
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * A cache the subclass uses: a {@code CacheSpec} constant and a {@code KilnCache} field.
     *
     * @param name       the cache's name
     * @param keyType    its key type (boxed)
     * @param valueType  its value type (boxed): what its {@code @Cached} methods return
     * @param ttl        the TTL its {@code @Cached} declares, if known
     * @param keyJson    the key's JSON shape when it has a codec (a composite key: its record)
     * @param valueJson  the value's JSON shape when it has a codec
     */
    public record Cache(String name, TypeName keyType, TypeName valueType, Optional<Duration> ttl,
                        Optional<ValueType> keyJson, Optional<ValueType> valueJson) {
        public Cache {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A composite key: a record nested in the subclass, compared component by component.
     *
     * @param name       {@code <Subclass>.<Cache>Key}
     * @param components the key parameters, as record components
     */
    public record KeyRecord(ClassName name, List<ParameterSpec> components) {
        public KeyRecord {
            components = List.copyOf(components);
        }
    }

    /**
     * {@code jakarta.transaction.Transactional}.
     *
     * @param type           the {@code TxType} constant's name ({@code REQUIRED}, {@code REQUIRES_NEW}, …)
     * @param rollbackOn     {@code rollbackOn}
     * @param dontRollbackOn {@code dontRollbackOn}
     */
    public record Transactional(String type, List<TypeName> rollbackOn, List<TypeName> dontRollbackOn)
            implements Interceptor {
        public Transactional {
            Objects.requireNonNull(type, "type");
            rollbackOn = List.copyOf(rollbackOn);
            dontRollbackOn = List.copyOf(dontRollbackOn);
        }

        /** No {@code rollbackOn} or {@code dontRollbackOn}: the default rules. */
        public boolean defaultRules() {
            return rollbackOn.isEmpty() && dontRollbackOn.isEmpty();
        }
    }
}
