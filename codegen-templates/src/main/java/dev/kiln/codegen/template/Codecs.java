package dev.kiln.codegen.template;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.kiln.codegen.model.Names;
import dev.kiln.codegen.model.ScalarKind;
import dev.kiln.codegen.model.ValueType;

/**
 * The one place that turns a {@link ValueType} into the {@code JsonCodec} that reads and writes it,
 * shared by the router, client and record-codec templates.
 *
 * <p>Single values are written inline ({@code JsonCodecs.INT}, {@code OrderJsonCodec.INSTANCE});
 * containers become a constant of the generated class named after their shape
 * ({@code LIST_OF_ORDER = JsonCodecs.list(OrderJsonCodec.INSTANCE)}), declared once per class.
 */
final class Codecs {
    private final Constants constants;

    Codecs(Constants constants) {
        this.constants = constants;
    }

    /** An expression for the codec of {@code type}, declaring a constant for it if it is a container. */
    CodeBlock of(ValueType type) {
        if (isInline(type)) {
            return expression(type);
        }
        CodeBlock initializer = expression(type);
        String name = constants.get(
                "codec:" + initializer, constantName(type), codecType(type), initializer);
        return CodeBlock.of("$N", name);
    }

    /** {@code JsonCodec<T>} for {@code type} (boxed, since codecs hold objects). */
    static TypeName codecType(ValueType type) {
        return ParameterizedTypeName.get(RuntimeTypes.JSON_CODEC, type.typeName().box());
    }

    /** Whether the codec of {@code type} is a plain constant of the runtime or of a generated codec. */
    static boolean isInline(ValueType type) {
        return type instanceof ValueType.Scalar
                || type instanceof ValueType.RecordRef
                || type instanceof ValueType.Bytes
                || (type instanceof ValueType.ArrayOf array && array.element().typeName().isPrimitive());
    }

    /** The complete codec expression for {@code type}, containers nested inline. */
    static CodeBlock expression(ValueType type) {
        return switch (type) {
            case ValueType.Scalar scalar when scalar.kind() == ScalarKind.ENUM ->
                    CodeBlock.of("$T.INSTANCE", Names.codec((ClassName) scalar.typeName()));
            case ValueType.Scalar scalar -> CodeBlock.of("$T.$N", RuntimeTypes.JSON_CODECS, scalar.kind().name());
            case ValueType.RecordRef record -> CodeBlock.of("$T.INSTANCE", Names.codec(record.typeName()));
            case ValueType.Bytes bytes -> CodeBlock.of("$T.BYTES", RuntimeTypes.JSON_CODECS);
            case ValueType.ListOf list -> container("list", list.element());
            case ValueType.SetOf set -> container("set", set.element());
            case ValueType.MapOf map -> container("map", map.value());
            case ValueType.OptionalOf optional -> container("optional", optional.element());
            case ValueType.ArrayOf array -> array(array);
            case ValueType.Void v -> throw new IllegalArgumentException("void has no JSON codec");
        };
    }

    /** A deterministic constant name describing the shape: {@code MAP_OF_LIST_OF_ORDER}. */
    static String constantName(ValueType type) {
        return switch (type) {
            case ValueType.Scalar scalar when scalar.kind() == ScalarKind.ENUM ->
                    Identifiers.upperSnake((ClassName) scalar.typeName());
            case ValueType.Scalar scalar -> scalar.kind().name();
            case ValueType.RecordRef record -> Identifiers.upperSnake(record.typeName());
            case ValueType.Bytes bytes -> "BYTES";
            case ValueType.ListOf list -> "LIST_OF_" + constantName(list.element());
            case ValueType.SetOf set -> "SET_OF_" + constantName(set.element());
            case ValueType.MapOf map -> "MAP_OF_" + constantName(map.value());
            case ValueType.OptionalOf optional -> "OPTIONAL_OF_" + constantName(optional.element());
            case ValueType.ArrayOf array -> "ARRAY_OF_" + constantName(array.element());
            case ValueType.Void v -> "VOID";
        };
    }

    private static CodeBlock container(String factory, ValueType element) {
        return CodeBlock.of("$T.$N($L)", RuntimeTypes.JSON_CODECS, factory, expression(element));
    }

    private static CodeBlock array(ValueType.ArrayOf array) {
        ValueType element = array.element();
        if (element instanceof ValueType.Scalar scalar && scalar.primitive()) {
            // int[] is not an Object[]: the runtime has one codec per primitive array type (byte[] is base64).
            return scalar.kind() == ScalarKind.BYTE
                    ? CodeBlock.of("$T.BYTES", RuntimeTypes.JSON_CODECS)
                    : CodeBlock.of("$T.$N", RuntimeTypes.JSON_CODECS, scalar.kind().name() + "_ARRAY");
        }
        TypeName arrayType = array.typeName();
        if (!isReifiable(arrayType)) {
            throw new IllegalArgumentException("Cannot create a generic array " + arrayType
                    + " (the processor should have rejected it)");
        }
        return CodeBlock.of("$T.array($L, $T::new)", RuntimeTypes.JSON_CODECS, expression(element), arrayType);
    }

    private static boolean isReifiable(TypeName type) {
        if (type instanceof ArrayTypeName array) {
            return isReifiable(array.componentType());
        }
        return !(type instanceof ParameterizedTypeName);
    }
}
