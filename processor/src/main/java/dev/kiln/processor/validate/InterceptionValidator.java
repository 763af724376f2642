package dev.kiln.processor.validate;

import dev.kiln.processor.read.ApplicationReader;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/**
 * Checks that Kiln can intercept a class's annotated methods with a generated subclass: the class is one Dagger
 * builds (an {@code @Inject} constructor the subclass can call), can be extended from its package, and is not
 * generic; each annotated method can be overridden. One error per problem, on the method's (or the class's)
 * annotation ({@code where}: the class, or its first annotated method). {@code annotation} names what asked for interception ({@code @Transactional}), for the messages.
 */
public final class InterceptionValidator {
    private InterceptionValidator() {}

    /** Problems of the class itself; true when it can be subclassed. */
    public static boolean checkClass(TypeElement type, Element where, AnnotationMirror mirror, String annotation,
                                     ValidationReport report) {
        String head = annotation + " in " + type.getSimpleName() + ": Kiln runs it in a generated subclass";
        if (type.getModifiers().contains(Modifier.FINAL)) {
            report.error(where, mirror, "[KilnInterceptedFinal] " + head + ", and " + type.getSimpleName()
                    + " is final: remove final from the class.");
            return false;
        }
        if (type.getModifiers().contains(Modifier.PRIVATE) || type.getNestingKind() == NestingKind.MEMBER
                && !type.getModifiers().contains(Modifier.STATIC) || type.getNestingKind() == NestingKind.LOCAL
                || type.getNestingKind() == NestingKind.ANONYMOUS) {
            report.error(where, mirror, "[KilnInterceptedNotAccessible] " + head + ", which must be able to extend"
                    + " it from its package: make " + type.getSimpleName() + " a top-level class, or a static"
                    + " nested class that is not private.");
            return false;
        }
        if (!type.getTypeParameters().isEmpty()) {
            report.error(where, mirror, "[KilnInterceptedGeneric] " + head + ", which Dagger cannot build for a"
                    + " generic class: give " + type.getSimpleName() + " no type parameters (inject what varies).");
            return false;
        }
        var constructor = ApplicationReader.injectConstructor(type);
        if (type.getModifiers().contains(Modifier.ABSTRACT) || constructor.isEmpty()
                || constructor.get().getModifiers().contains(Modifier.PRIVATE)) {
            report.error(where, mirror, "[KilnInterceptedNotInjectable] " + head + " that Dagger builds in its"
                    + " place: give " + type.getSimpleName() + " an @Inject constructor that is not private, and"
                    + " do not make the class abstract.");
            return false;
        }
        return true;
    }

    /** Problems of one annotated method; true when it can be overridden. */
    public static boolean checkMethod(ExecutableElement method, AnnotationMirror mirror, String annotation,
                                      ValidationReport report) {
        String head = annotation + " on " + method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName()
                + "(): Kiln runs it in a generated subclass that overrides it";
        if (method.getModifiers().contains(Modifier.PRIVATE)) {
            report.error(method, mirror, "[KilnInterceptedPrivate] " + head + ", and a private method cannot be"
                    + " overridden: make it public, protected or package-private.");
            return false;
        }
        if (method.getModifiers().contains(Modifier.STATIC)) {
            report.error(method, mirror, "[KilnInterceptedStatic] " + head + ", and a static method cannot be"
                    + " overridden: make it an instance method.");
            return false;
        }
        if (method.getModifiers().contains(Modifier.FINAL)) {
            report.error(method, mirror, "[KilnInterceptedFinal] " + head + ", and it is final: remove final from"
                    + " the method.");
            return false;
        }
        return true;
    }
}
