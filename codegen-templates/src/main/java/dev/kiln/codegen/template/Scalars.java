package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.kiln.codegen.model.Names;
import dev.kiln.codegen.model.ScalarKind;
import dev.kiln.codegen.model.ValueType;

/**
 * How each {@link ScalarKind} is spelled in generated code: the {@code Params.toX} text converter
 * (router), the {@code Json.readX} reader (record codecs, primitives only) and the text a client
 * sends. Primitive and boxed forms share a spelling.
 */
final class Scalars {
    private Scalars() {}

    /** The kind's name in runtime method names: {@code Int}, {@code LocalDateTime}, {@code Uuid}. */
    static String methodSuffix(ScalarKind kind) {
        return switch (kind) {
            case BOOLEAN -> "Boolean";
            case BYTE -> "Byte";
            case SHORT -> "Short";
            case INT -> "Int";
            case LONG -> "Long";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            case CHAR -> "Char";
            case STRING -> "String";
            case ENUM -> "Enum";
            case UUID -> "Uuid";
            case BIG_DECIMAL -> "BigDecimal";
            case BIG_INTEGER -> "BigInteger";
            case LOCAL_DATE -> "LocalDate";
            case LOCAL_DATE_TIME -> "LocalDateTime";
            case OFFSET_DATE_TIME -> "OffsetDateTime";
            case INSTANT -> "Instant";
            case DURATION -> "Duration";
        };
    }

    /** {@code Params.toLong(raw, PARAM)}; a {@code String} is the raw text itself. */
    static CodeBlock fromText(ValueType.Scalar scalar, CodeBlock raw, String param) {
        return switch (scalar.kind()) {
            case STRING -> raw;
            case ENUM -> CodeBlock.of("$T.toEnum($L, $N, $T::valueOf, $T.NAMES)",
                    RuntimeTypes.PARAMS, raw, param, scalar.typeName(), enumCodec(scalar));
            default -> CodeBlock.of("$T.$N($L, $N)", RuntimeTypes.PARAMS, converterName(scalar.kind()), raw, param);
        };
    }

    /**
     * A {@code Params.Converter} for {@code Params.toList}/{@code toSet}: a method reference, or for an
     * enum a constant of the generated class (the enum converter needs more than two arguments).
     */
    static CodeBlock converter(ValueType.Scalar scalar, Constants constants) {
        if (scalar.kind() != ScalarKind.ENUM) {
            return CodeBlock.of("$T::$N", RuntimeTypes.PARAMS, converterName(scalar.kind()));
        }
        ClassName type = (ClassName) scalar.typeName();
        String name = constants.get("converter:" + type.canonicalName(),
                "TO_" + Identifiers.upperSnake(type),
                ParameterizedTypeName.get(RuntimeTypes.PARAMS_CONVERTER, type),
                CodeBlock.of("(raw, param) -> $T.toEnum(raw, param, $T::valueOf, $T.NAMES)",
                        RuntimeTypes.PARAMS, type, enumCodec(scalar)));
        return CodeBlock.of("$N", name);
    }

    /** The text a client sends for {@code value}: an enum's {@code name()}, else {@code String.valueOf}. */
    static CodeBlock toText(ValueType.Scalar scalar, CodeBlock value) {
        return switch (scalar.kind()) {
            case STRING -> value;
            case ENUM -> CodeBlock.of("$L.name()", value);
            default -> CodeBlock.of("$T.valueOf($L)", String.class, value);
        };
    }

    /** {@code values} as the {@code Collection<String>} a client sends for a repeated parameter. */
    static CodeBlock toTexts(ValueType.Scalar scalar, CodeBlock values) {
        return switch (scalar.kind()) {
            case STRING -> values;
            case ENUM -> CodeBlock.of("$L.stream().map($T::name).toList()", values, scalar.typeName());
            default -> CodeBlock.of("$L.stream().map($T::valueOf).toList()", values, String.class);
        };
    }

    /** {@code Json.readLong(p)} for a primitive component. */
    static CodeBlock readPrimitive(ValueType.Scalar scalar, String parser) {
        return CodeBlock.of("$T.$N($N)", RuntimeTypes.JSON_HELPERS, "read" + methodSuffix(scalar.kind()), parser);
    }

    /** The value a primitive local starts with before its property is seen. */
    static CodeBlock zero(ValueType.Scalar scalar) {
        return switch (scalar.kind()) {
            case BOOLEAN -> CodeBlock.of("false");
            case LONG -> CodeBlock.of("0L");
            case FLOAT -> CodeBlock.of("0.0f");
            case DOUBLE -> CodeBlock.of("0.0");
            case CHAR -> CodeBlock.of("'\\0'");
            default -> CodeBlock.of("0");
        };
    }

    private static String converterName(ScalarKind kind) {
        return kind == ScalarKind.STRING ? "toStringValue" : "to" + methodSuffix(kind);
    }

    private static ClassName enumCodec(ValueType.Scalar scalar) {
        return Names.codec((ClassName) scalar.typeName());
    }
}
