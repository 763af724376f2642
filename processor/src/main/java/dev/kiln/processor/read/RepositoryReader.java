package dev.kiln.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a {@code @Repository} interface (from source or from a class file: {@code @Query} is kept in the class file)
 * into a {@link RepositoryInput}: each abstract method, its {@code @Query} and the shape of its return type.
 */
public final class RepositoryReader {
    private RepositoryReader() {}

    public static RepositoryInput read(TypeElement iface) {
        AnnotationMirror mirror = Annotations.find(iface, Annotations.REPOSITORY).orElseThrow();
        List<RepositoryInput.Method> methods = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(iface.getEnclosedElements())) {
            if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
                continue;
            }
            Optional<AnnotationMirror> query = Annotations.find(method, Annotations.QUERY);
            TypeMirror returned = method.getReturnType();
            RepositoryInput.Container container = container(returned);
            TypeMirror element = container == RepositoryInput.Container.NONE ? returned
                    : ((DeclaredType) returned).getTypeArguments().getFirst();
            methods.add(new RepositoryInput.Method(method, query,
                    query.flatMap(q -> Annotations.explicitValue(q, "value")),
                    query.map(q -> Annotations.stringValue(q, "value")).orElse(""), container, element));
        }
        return new RepositoryInput(iface, mirror, List.copyOf(methods));
    }

    private static RepositoryInput.Container container(TypeMirror type) {
        if (type instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
            return switch (((TypeElement) declared.asElement()).getQualifiedName().toString()) {
                case "java.util.Optional" -> RepositoryInput.Container.OPTIONAL;
                case "java.util.List" -> RepositoryInput.Container.LIST;
                case "java.util.stream.Stream" -> RepositoryInput.Container.STREAM;
                default -> RepositoryInput.Container.NONE;
            };
        }
        return RepositoryInput.Container.NONE;
    }
}
