package dev.kiln.codegen.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A type as Kiln understands it: what can be bound from a request, encoded to JSON or decoded
 * from it. Readers build these from {@code TypeMirror}s; templates switch over them.
 */
public sealed interface ValueType {

    /** The Java type, as written in generated code. */
    TypeName typeName();

    /** A single value; {@code primitive} is true for {@code int} and false for {@code Integer}. */
    record Scalar(ScalarKind kind, TypeName typeName, boolean primitive) implements ValueType {
        public static Scalar of(ScalarKind kind, TypeName typeName) {
            return new Scalar(kind, typeName, typeName.isPrimitive());
        }

        /** An enum type, converted by constant name. */
        public static Scalar ofEnum(ClassName enumName) {
            return new Scalar(ScalarKind.ENUM, enumName, false);
        }
    }

    /** A record, encoded as a JSON object by its generated codec. */
    record RecordRef(ClassName typeName) implements ValueType {}

    /** {@code List<E>}. */
    record ListOf(ValueType element) implements ValueType {
        @Override
        public TypeName typeName() {
            return ParameterizedTypeName.get(ClassName.get(List.class), element.typeName().box());
        }
    }

    /** {@code Set<E>}. */
    record SetOf(ValueType element) implements ValueType {
        @Override
        public TypeName typeName() {
            return ParameterizedTypeName.get(ClassName.get(Set.class), element.typeName().box());
        }
    }

    /** {@code Map<String, V>}, a JSON object. */
    record MapOf(ValueType value) implements ValueType {
        @Override
        public TypeName typeName() {
            return ParameterizedTypeName.get(
                    ClassName.get(Map.class), ClassName.get(String.class), value.typeName().box());
        }
    }

    /** {@code Optional<E>}: absent (or JSON null) is empty. */
    record OptionalOf(ValueType element) implements ValueType {
        @Override
        public TypeName typeName() {
            return ParameterizedTypeName.get(ClassName.get(Optional.class), element.typeName().box());
        }
    }

    /** {@code E[]} other than {@code byte[]}, a JSON array. */
    record ArrayOf(ValueType element) implements ValueType {
        @Override
        public TypeName typeName() {
            return ArrayTypeName.of(element.typeName());
        }
    }

    /** {@code byte[]}: {@code application/octet-stream} as a body or result, base64 inside JSON. */
    record Bytes() implements ValueType {
        @Override
        public TypeName typeName() {
            return ArrayTypeName.of(TypeName.BYTE);
        }
    }

    /** {@code void}: a route answers 204. */
    record Void() implements ValueType {
        @Override
        public TypeName typeName() {
            return TypeName.VOID;
        }
    }
}
