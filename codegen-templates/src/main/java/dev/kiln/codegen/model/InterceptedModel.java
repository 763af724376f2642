package dev.kiln.codegen.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Objects;

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
 */
public record InterceptedModel(ClassName target, ClassName subclass, boolean isPublic, List<AnnotationSpec> annotations,
                               List<ParameterSpec> constructor, List<TypeName> throwsTypes, List<Method> methods) {

    public InterceptedModel {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(subclass, "subclass");
        annotations = List.copyOf(annotations);
        constructor = List.copyOf(constructor);
        throwsTypes = List.copyOf(throwsTypes);
        methods = List.copyOf(methods);
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

    /** What runs around a method. Caching adds its own kinds here. */
    public sealed interface Interceptor permits Transactional {}

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
