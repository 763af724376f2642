package dev.kiln.processor.read;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @Repository} interface as read, with the elements errors are reported on.
 *
 * @param iface   the interface
 * @param mirror  its {@code @Repository}
 * @param methods its abstract methods, in declaration order (default and static methods are the user's own)
 */
public record RepositoryInput(TypeElement iface, AnnotationMirror mirror, List<Method> methods) {

    /**
     * One abstract method.
     *
     * @param method    the method
     * @param query     its {@code @Query}, when it has one
     * @param value     the annotation's {@code value}, where errors about the SQL point
     * @param sql       the SQL ({@code ""} without {@code @Query})
     * @param container what wraps the result type, read from the return type
     * @param element   the result type inside the container (the return type itself for {@link Container#NONE})
     */
    public record Method(ExecutableElement method, Optional<AnnotationMirror> query, Optional<AnnotationValue> value,
                         String sql, Container container, TypeMirror element) {
        /** {@code OrderRepository.find}. */
        public String displayName() {
            return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
        }
    }

    /** The container of a method's result. */
    public enum Container { NONE, OPTIONAL, LIST, STREAM }
}
