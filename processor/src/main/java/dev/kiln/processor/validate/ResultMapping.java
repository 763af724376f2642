package dev.kiln.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.kiln.codegen.model.RepositoryModel;
import dev.kiln.codegen.model.ValueType;
import dev.kiln.processor.data.CheckedSql;
import dev.kiln.processor.read.RepositoryInput;
import dev.kiln.processor.read.Sources;
import dev.kiln.processor.read.TypeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What a query method returns, checked against what its query gives: an update count for DML, rows for a SELECT (or
 * RETURNING), each row a record whose components match the result's columns by name ({@code created_at} fills
 * {@code createdAt}) or, for a one-column result, a scalar. Each column's kind must read into its Java type, and a
 * column that may be NULL cannot fill a primitive; an {@code Optional<T>} component takes any column whose kind reads
 * into {@code T} (empty for NULL).
 */
final class ResultMapping {
    static final String SUPPORTED = "a primitive or its box, String, an enum (stored as its name), UUID, BigDecimal,"
            + " LocalDate, LocalDateTime or OffsetDateTime";

    private ResultMapping() {}

    static Optional<RepositoryModel.Result> result(RepositoryInput.Method m, CheckedSql.Ok ok, TypeReader types,
                                                   RepositoryValidator.Problems problems) {
        TypeMirror element = m.element();
        boolean bare = m.container() == RepositoryInput.Container.NONE;
        if (!ok.returnsRows()) {
            TypeKind kind = element.getKind();
            if (bare && (kind == TypeKind.VOID || kind == TypeKind.INT || kind == TypeKind.LONG)) {
                return Optional.of(new RepositoryModel.UpdateCount(TypeName.get(element)));
            }
            problems.add("KilnResultMismatch", "returns " + m.method().getReturnType() + ", but its query is an"
                    + " INSERT, UPDATE or DELETE without RETURNING, which gives an update count: return int, long or"
                    + " void, or add RETURNING with the columns to read");
            return Optional.empty();
        }
        if (element.getKind() == TypeKind.VOID) {
            problems.add("KilnResultMismatch", "returns void, but its query gives rows: return what they hold (a"
                    + " record, Optional, List or Stream of one, or a scalar of a one-column query), or run an"
                    + " INSERT, UPDATE or DELETE");
            return Optional.empty();
        }
        RepositoryModel.Cardinality cardinality = switch (m.container()) {
            case NONE -> RepositoryModel.Cardinality.ONE;
            case OPTIONAL -> RepositoryModel.Cardinality.OPTIONAL;
            case LIST -> RepositoryModel.Cardinality.LIST;
            case STREAM -> RepositoryModel.Cardinality.STREAM;
        };
        if (element instanceof DeclaredType declared && declared.asElement() instanceof TypeElement type
                && type.getKind() == ElementKind.RECORD) {
            return record(type, ok, types, problems)
                    .map(columns -> new RepositoryModel.Rows(cardinality, Optional.of(ClassName.get(type)), columns));
        }
        Optional<ValueType.Scalar> scalar = types.scalar(element).filter(s -> RepositoryModel.jdbc(s.kind()));
        if (scalar.isEmpty()) {
            problems.add("KilnUnsupportedType", "returns " + m.method().getReturnType() + ", which Kiln cannot read"
                    + " from a row: return a record with a component per column, or " + SUPPORTED + " for a"
                    + " one-column query, or Optional, List or Stream of those");
            return Optional.empty();
        }
        if (ok.columns().size() != 1) {
            problems.add("KilnResultMismatch", "returns " + m.method().getReturnType() + ", one value a row, but its"
                    + " query gives " + ok.columns().size() + " columns (" + names(ok.columns()) + "): select one"
                    + " column, or return a record with a component per column");
            return Optional.empty();
        }
        CheckedSql.Column column = ok.columns().getFirst();
        if (!fits(column, scalar.get(), false, "the result", problems)) {
            return Optional.empty();
        }
        return Optional.of(new RepositoryModel.Rows(cardinality, Optional.empty(), List.of(
                new RepositoryModel.Column(column.name(), 1, scalar.get(), nullable(column), false))));
    }

    private static Optional<List<RepositoryModel.Column>> record(TypeElement record, CheckedSql.Ok ok, TypeReader types,
                                                                 RepositoryValidator.Problems problems) {
        String recordName = record.getSimpleName().toString();
        if (!Sources.reachableFromPackage(record)) {
            problems.add("KilnUnsupportedType", "returns rows of " + recordName + ", which is private: make it"
                    + " package-private or public so that the generated repository can build it");
            return Optional.empty();
        }
        List<? extends RecordComponentElement> components = record.getRecordComponents();
        List<CheckedSql.Column> columns = ok.columns();
        for (CheckedSql.Column column : columns) {
            if (components.stream().noneMatch(c -> matches(column, c))) {
                problems.add("KilnUnmappedColumn", "column " + column.name() + column.source().map(s -> " (" + s + ")")
                        .orElse("") + " of the result has no component in " + recordName + " (components: "
                        + String.join(", ", components.stream().map(c -> c.getSimpleName().toString()).toList())
                        + "): add a component " + camel(column.name()) + ", or leave the column out of the query");
            }
        }
        List<RepositoryModel.Column> read = new ArrayList<>();
        for (RecordComponentElement component : components) {
            String name = component.getSimpleName().toString();
            int index = -1;
            for (int i = 0; i < columns.size() && index < 0; i++) {
                if (matches(columns.get(i), component)) {
                    index = i;
                }
            }
            int other = index < 0 ? -1 : nextMatch(columns, component, index + 1);
            if (other >= 0) {
                problems.add("KilnAmbiguousColumn", "columns " + (index + 1) + " and " + (other + 1) + " of the result"
                        + " are both named " + columns.get(index).name() + " (" + source(columns.get(index)) + ", "
                        + source(columns.get(other)) + "), and " + recordName + "." + name + " can take one: name them"
                        + " apart with AS, or list the columns instead of *");
                continue;
            }
            if (index < 0) {
                problems.add("KilnMissingColumn", recordName + "." + name + " has no column " + snake(name)
                        + " in the query's result (columns: " + names(columns) + "): select it, or name a column so"
                        + " with AS " + snake(name));
                continue;
            }
            Optional<TypeMirror> inOptional = optionalElement(component.asType());
            Optional<ValueType.Scalar> scalar = types.scalar(inOptional.orElse(component.asType()))
                    .filter(s -> RepositoryModel.jdbc(s.kind()));
            if (scalar.isEmpty()) {
                problems.add("KilnUnsupportedType", recordName + "." + name + " has type " + component.asType()
                        + ", which Kiln cannot read from a column: use " + SUPPORTED + ", or Optional of one (empty"
                        + " for NULL)");
                continue;
            }
            CheckedSql.Column column = columns.get(index);
            if (fits(column, scalar.get(), inOptional.isPresent(), recordName + "." + name, problems)) {
                read.add(new RepositoryModel.Column(name, index + 1, scalar.get(), nullable(column),
                        inOptional.isPresent()));
            }
        }
        return read.size() == components.size() && problems.none() ? Optional.of(read) : Optional.empty();
    }

    /**
     * {@code [KilnColumnTypeMismatch]} and {@code [KilnNullableIntoPrimitive]} for one column into {@code target}, of
     * type {@code value} or, when {@code optional}, {@code Optional} of it (which any column fits: empty for NULL).
     */
    private static boolean fits(CheckedSql.Column column, ValueType.Scalar value, boolean optional, String target,
                                RepositoryValidator.Problems problems) {
        boolean readable = column.plain() ? column.kind().reads(value.kind()) : column.kind().family(value.kind());
        String described = "column " + column.name() + " (" + column.source().map(s -> s + ", ").orElse("")
                + column.kind().sqlName() + ")";
        if (!readable) {
            problems.add("KilnColumnTypeMismatch", described + " cannot be read into " + target + ", "
                    + (optional ? "an Optional of " + RepositoryValidator.javaName(value).replaceFirst("^an? ", "")
                    : RepositoryValidator.javaName(value)) + ": make it " + column.kind().javaTypes()
                    + (optional ? " (in the Optional)" : ""));
            return false;
        }
        if (value.primitive() && column.nullable().isPresent()) {
            String box = value.typeName().box().toString().replace("java.lang.", "");
            problems.add("KilnNullableIntoPrimitive", described + " may be NULL (" + column.nullable().get()
                    + "), and " + target + " is the primitive " + value.typeName() + ": make it " + box
                    + (target.equals("the result") ? "" : " or Optional<" + box + ">")
                    + ", or make the column NOT NULL");
            return false;
        }
        return true;
    }

    /** {@code T} of {@code Optional<T>}; empty for any other type. */
    static Optional<TypeMirror> optionalElement(TypeMirror type) {
        return type instanceof DeclaredType d && d.getTypeArguments().size() == 1
                && ((TypeElement) d.asElement()).getQualifiedName().contentEquals("java.util.Optional")
                ? Optional.of(d.getTypeArguments().getFirst()) : Optional.empty();
    }

    private static int nextMatch(List<CheckedSql.Column> columns, RecordComponentElement component, int from) {
        for (int i = from; i < columns.size(); i++) {
            if (matches(columns.get(i), component)) {
                return i;
            }
        }
        return -1;
    }

    private static String source(CheckedSql.Column column) {
        return column.source().orElse("an expression");
    }

    private static boolean nullable(CheckedSql.Column column) {
        return column.nullable().isPresent() || !column.plain();
    }

    private static boolean matches(CheckedSql.Column column, RecordComponentElement component) {
        return camel(column.name()).equalsIgnoreCase(component.getSimpleName().toString());
    }

    /** {@code created_at} → {@code createdAt}. */
    static String camel(String column) {
        StringBuilder out = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** {@code createdAt} → {@code created_at}. */
    static String snake(String component) {
        StringBuilder out = new StringBuilder(component.length() + 4);
        for (char c : component.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String names(List<CheckedSql.Column> columns) {
        return String.join(", ", columns.stream().map(CheckedSql.Column::name).toList());
    }
}
