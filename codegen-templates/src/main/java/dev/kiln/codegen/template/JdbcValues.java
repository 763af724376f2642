package dev.kiln.codegen.template;

import com.palantir.javapoet.CodeBlock;
import dev.kiln.codegen.model.RepositoryModel;
import dev.kiln.codegen.model.ScalarKind;
import dev.kiln.codegen.model.ValueType;
import java.util.Optional;

/**
 * How generated repositories move each Kiln scalar through JDBC: the setter that binds a parameter and the getter that
 * reads a column (for the kinds of {@link RepositoryModel#jdbc}), null-safe for boxed and object types (PostgreSQL's driver and H2 both take {@code setObject} of a
 * {@code java.time} value or a {@code UUID}, and {@code getObject(i, Type.class)} gives null for NULL).
 */
final class JdbcValues {
    private JdbcValues() {}

    /** {@code statement.setLong(1, id)}: binds {@code param}, whose value is the local {@code name}, at {@code index}. */
    static CodeBlock bind(String statement, int index, RepositoryModel.Param param, String name) {
        ValueType.Scalar value = param.value();
        if (value.kind() == ScalarKind.ENUM) {
            CodeBlock text = param.optional()
                    ? CodeBlock.of("$N.map($T::name).orElse(null)", name, value.typeName())
                    : CodeBlock.of("$N == null ? null : $N.name()", name, name);
            return CodeBlock.of("$N.setString($L, $L)", statement, index, text);
        }
        CodeBlock v = param.optional() ? CodeBlock.of("$N.orElse(null)", name) : CodeBlock.of("$N", name);
        if (value.primitive()) {
            return CodeBlock.of("$N.$L($L, $L)", statement, "set" + primitiveSuffix(value.kind()), index, v);
        }
        return switch (value.kind()) {
            case STRING -> CodeBlock.of("$N.setString($L, $L)", statement, index, v);
            case BIG_DECIMAL -> CodeBlock.of("$N.setBigDecimal($L, $L)", statement, index, v);
            case BOOLEAN, SHORT, INT, LONG, FLOAT, DOUBLE -> CodeBlock.of("$N.setObject($L, $L, $T.$L)", statement,
                    index, v, RuntimeTypes.JDBC_TYPES, jdbcType(value.kind()));
            default -> CodeBlock.of("$N.setObject($L, $L)", statement, index, v);
        };
    }

    /**
     * {@code row.getLong(1)}: reads column {@code index} into {@code column}'s type; into an {@code Optional}
     * component, {@code Optional.ofNullable(row.getString(2))}. A nullable enum column needs its text first: then
     * {@code text} names the local holding it.
     */
    static CodeBlock read(String row, int index, RepositoryModel.Column column, String text) {
        ValueType.Scalar value = column.value();
        if (column.optional()) {
            return value.kind() == ScalarKind.ENUM
                    ? CodeBlock.of("$T.ofNullable($N.getString($L)).map($T::valueOf)", Optional.class, row, index,
                            value.typeName())
                    : CodeBlock.of("$T.ofNullable($L)", Optional.class, object(row, index, value));
        }
        if (value.primitive()) {
            return CodeBlock.of("$N.$L($L)", row, "get" + primitiveSuffix(value.kind()), index);
        }
        if (value.kind() == ScalarKind.ENUM) {
            return column.nullable()
                    ? CodeBlock.of("$N == null ? null : $T.valueOf($N)", text, value.typeName(), text)
                    : CodeBlock.of("$T.valueOf($N.getString($L))", value.typeName(), row, index);
        }
        return object(row, index, value);
    }

    // A value of an object type other than an enum, null for NULL.
    private static CodeBlock object(String row, int index, ValueType.Scalar value) {
        return switch (value.kind()) {
            case STRING -> CodeBlock.of("$N.getString($L)", row, index);
            case BIG_DECIMAL -> CodeBlock.of("$N.getBigDecimal($L)", row, index);
            default -> CodeBlock.of("$N.getObject($L, $T.class)", row, index, value.typeName());
        };
    }

    /** Whether {@link #read} needs the column's text in a local first. */
    static boolean readsTextFirst(RepositoryModel.Column column) {
        return column.value().kind() == ScalarKind.ENUM && column.nullable() && !column.optional();
    }

    private static String primitiveSuffix(ScalarKind kind) {
        return switch (kind) {
            case BOOLEAN -> "Boolean";
            case SHORT -> "Short";
            case INT -> "Int";
            case LONG -> "Long";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            default -> throw new IllegalArgumentException(kind + " is not primitive");
        };
    }

    private static String jdbcType(ScalarKind kind) {
        return switch (kind) {
            case BOOLEAN -> "BOOLEAN";
            case SHORT -> "SMALLINT";
            case INT -> "INTEGER";
            case LONG -> "BIGINT";
            case FLOAT -> "REAL";
            case DOUBLE -> "DOUBLE";
            default -> throw new IllegalArgumentException(kind + " is not a boxed primitive");
        };
    }
}
