package dev.kiln.codegen.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@code @Repository} interface whose queries were checked against the schema: one method per {@code @Query}.
 *
 * @param iface   the interface
 * @param methods its abstract methods, in declaration order
 */
public record RepositoryModel(ClassName iface, List<Method> methods) {
    public RepositoryModel {
        methods = List.copyOf(methods);
    }

    /** Whether generated repositories bind and read {@code kind}; the processor reports any other as unsupported. */
    public static boolean jdbc(ScalarKind kind) {
        return switch (kind) {
            case BOOLEAN, SHORT, INT, LONG, FLOAT, DOUBLE, STRING, ENUM, UUID, BIG_DECIMAL, LOCAL_DATE,
                 LOCAL_DATE_TIME, OFFSET_DATE_TIME -> true;
            default -> false;
        };
    }

    /** The generated implementation: {@code <Interface>Impl}, next to it. */
    public ClassName implementationName() {
        return Names.repository(iface);
    }

    /** Every table or view its queries read or write, by name. */
    public List<String> tables() {
        Set<String> tables = new TreeSet<>();
        methods.forEach(m -> tables.addAll(m.tables()));
        return List.copyOf(tables);
    }

    /**
     * One query method.
     *
     * @param name     the method's name
     * @param params   its parameters, in order
     * @param postgres the checked SQL for PostgreSQL, {@code ?} per bound parameter
     * @param h2       the same for H2
     * @param binds    the parameter bound to each {@code ?}, by name, in order
     * @param result   what it returns
     * @param tables   the tables it reads or writes
     */
    public record Method(String name, List<Param> params, String postgres, String h2, List<String> binds,
                         Result result, List<String> tables) {
        public Method {
            params = List.copyOf(params);
            binds = List.copyOf(binds);
            tables = List.copyOf(tables);
        }

        /** The parameter named {@code name}. */
        public Param param(String name) {
            return params.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        }
    }

    /**
     * A method parameter, bound by the JDBC setter of its kind.
     *
     * @param name     its name (the query's {@code :name})
     * @param value    its type, or the type inside {@code Optional}
     * @param optional whether it is an {@code Optional} (empty binds NULL)
     */
    public record Param(String name, ValueType.Scalar value, boolean optional) {
        /** The parameter's declared type. */
        public TypeName typeName() {
            return optional ? new ValueType.OptionalOf(value).typeName() : value.typeName();
        }
    }

    /**
     * A result column as generated code reads it.
     *
     * @param name     the record component it fills, or the column's name for a scalar
     * @param index    its 1-based position in the result (a record's components may come in another order)
     * @param value    the Java type it is read into (a record component's type, or the scalar result's; for an
     *                 {@code Optional} component, the type inside it)
     * @param nullable whether it may be NULL (a boxed type is then read null-safely)
     * @param optional whether it fills an {@code Optional} record component: empty for NULL
     */
    public record Column(String name, int index, ValueType.Scalar value, boolean nullable, boolean optional) {}

    /** How many rows a query method gives back, by its return type. */
    public enum Cardinality {
        /** {@code Optional<R>}: none or one. */
        OPTIONAL,
        /** {@code R}: exactly one. */
        ONE,
        /** {@code List<R>}. */
        LIST,
        /** {@code Stream<R>}, holding its connection until closed. */
        STREAM
    }

    /** What a query method returns. */
    public sealed interface Result {}

    /**
     * Rows: each read into {@code record} by its canonical constructor, one column per component in order, or, when
     * {@code record} is empty, the single column as a scalar.
     */
    public record Rows(Cardinality cardinality, Optional<ClassName> record, List<Column> columns) implements Result {
        public Rows {
            columns = List.copyOf(columns);
        }

        /** The type of one row: the record, or the scalar column's type. */
        public TypeName rowType() {
            return record.<TypeName>map(r -> r).orElseGet(() -> columns.getFirst().value().typeName());
        }
    }

    /** An update count: {@code type} is {@code int}, {@code long} or {@code void} (the count is dropped). */
    public record UpdateCount(TypeName type) implements Result {}
}
