package dev.kiln.processor.read;

import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Types as a user reads them in an error message: simple names, {@code Map<Integer, String>}. */
public final class TypeDescriptions {
    private TypeDescriptions() {}

    public static String describe(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(Locale.ROOT); // without the type annotations toString() shows
        }
        if (type instanceof DeclaredType declared) {
            String name = declared.asElement().getSimpleName().toString();
            if (declared.getTypeArguments().isEmpty()) {
                return name;
            }
            return name + declared.getTypeArguments().stream()
                    .map(TypeDescriptions::describe)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof ArrayType array) {
            return describe(array.getComponentType()) + "[]";
        }
        if (type instanceof WildcardType wildcard) {
            if (wildcard.getExtendsBound() != null) {
                return "? extends " + describe(wildcard.getExtendsBound());
            }
            if (wildcard.getSuperBound() != null) {
                return "? super " + describe(wildcard.getSuperBound());
            }
            return "?";
        }
        return type.toString();
    }
}
