package dev.kiln.processor.validate;

import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What a cache key's type must be (value equality) and how a cache's {@code Optional} values are recognised. */
final class CacheKeys {
    private CacheKeys() {}

    /**
     * Why {@code type} cannot be (part of) a cache key, or empty when it compares by value: primitives, records,
     * enums, the JDK's value types and collections ({@code java.*}), and classes that override {@code equals}.
     * Arrays compare by identity (the {@code Object[]} key trap); other interfaces cannot be told.
     */
    static Optional<String> equalityProblem(TypeMirror type, Elements elements, Types types) {
        if (type.getKind().isPrimitive()) {
            return Optional.empty();
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return Optional.of("is an array, which compares by identity");
        }
        if (!(type instanceof DeclaredType declared)) {
            return Optional.of("is not a class, record or enum");
        }
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        if (element.getKind() == ElementKind.RECORD || element.getKind() == ElementKind.ENUM || name.startsWith("java.")) {
            return Optional.empty();
        }
        if (element.getKind() == ElementKind.INTERFACE) {
            return Optional.of("is an interface, whose implementations may not define equals");
        }
        for (TypeElement c = element; c != null && !c.getQualifiedName().contentEquals("java.lang.Object");
                c = superclass(c)) {
            for (ExecutableElement method : ElementFilter.methodsIn(c.getEnclosedElements())) {
                if (method.getSimpleName().contentEquals("equals") && method.getParameters().size() == 1
                        && !method.getModifiers().contains(Modifier.STATIC) && method.getParameters().getFirst()
                        .asType().toString().equals("java.lang.Object")) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of("does not override equals, so two equal keys would be two entries");
    }

    /** {@code T} when {@code type} is {@code Optional<T>}. */
    static Optional<TypeMirror> optionalOf(TypeMirror type, Types types) {
        if (type instanceof DeclaredType declared && declared.getTypeArguments().size() == 1
                && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.util.Optional")) {
            return Optional.of(declared.getTypeArguments().getFirst());
        }
        return Optional.empty();
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror parent = type.getSuperclass();
        return parent instanceof DeclaredType d ? (TypeElement) d.asElement() : null;
    }
}
