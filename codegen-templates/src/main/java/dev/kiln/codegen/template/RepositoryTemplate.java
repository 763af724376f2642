package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.codegen.model.RepositoryModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * {@code <Interface>Impl}: implements a {@code @Repository} interface on the runtime's {@code Database}. Each method is
 * one call of {@code Database.optional / one / list / stream / update} with the query's checked SQL (a constant, for
 * PostgreSQL and H2), a binder that sets each parameter with the setter of its type, and a row mapper that reads the
 * columns by index into the record's canonical constructor (a private method when several queries read one record the
 * same way). No reflection: what a careful hand-written JDBC
 * repository does.
 *
 * <pre>{@code
 * JavaFile file = RepositoryTemplate.render(model);   // com.example.OrderRepositoryImpl
 * // the application binds it: @Binds abstract OrderRepository orderRepository(OrderRepositoryImpl repository);
 * }</pre>
 */
public final class RepositoryTemplate {
    private RepositoryTemplate() {}

    /** The implementation of {@code model}. */
    public static JavaFile render(RepositoryModel model) {
        ClassName name = model.implementationName();
        NameAllocator members = ApplicationNames.methodNames();
        model.methods().forEach(m -> members.newName(m.name()));
        String database = members.newName("database");
        Constants constants = new Constants(members);
        TypeSpec.Builder type = GeneratedFiles.classBuilder(name)
                .addJavadoc("Implements {@link $T} with the queries checked against the migrations' schema.\n",
                        model.iface())
                .addAnnotation(RuntimeTypes.SINGLETON)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(model.iface())
                .addField(RuntimeTypes.DATABASE, database, Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addAnnotation(RuntimeTypes.INJECT)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeTypes.DATABASE, "database")
                        .addStatement("this.$N = database", database)
                        .build());
        // A record read the same way by several queries gets one mapper method, referred to by each.
        Map<RepositoryModel.Rows, Long> uses = model.methods().stream()
                .map(RepositoryModel.Method::result)
                .filter(r -> r instanceof RepositoryModel.Rows rows && rows.record().isPresent())
                .map(r -> mapperKey((RepositoryModel.Rows) r))
                .collect(Collectors.groupingBy(r -> r, LinkedHashMap::new, Collectors.counting()));
        Map<RepositoryModel.Rows, String> shared = new LinkedHashMap<>();
        uses.forEach((rows, count) -> {
            if (count > 1) {
                shared.put(rows, members.newName(Identifiers.lowerCamel(rows.record().orElseThrow())));
            }
        });
        List<MethodSpec> methods = new ArrayList<>();
        for (RepositoryModel.Method method : model.methods()) {
            String sql = constants.get(method.name(), Identifiers.upperSnake(method.name()), RuntimeTypes.SQL,
                    CodeBlock.of("new $T(\n$>$>$S,\n$S,\n$S, $S$<$<)", RuntimeTypes.SQL, method.postgres(), method.h2(),
                            QueryNames.operation(method), QueryNames.collection(method)));
            String mapper = method.result() instanceof RepositoryModel.Rows rows ? shared.get(mapperKey(rows)) : null;
            methods.add(method(model, method, sql, database,
                    mapper == null ? null : CodeBlock.of("$T::$N", name, mapper)));
        }
        constants.fields().forEach(type::addField);
        methods.forEach(type::addMethod);
        shared.forEach((rows, method) -> type.addMethod(mapperMethod(method, rows)));
        return GeneratedFiles.file(name, type);
    }

    // Rows read into the same record from the same column positions, whatever the cardinality.
    private static RepositoryModel.Rows mapperKey(RepositoryModel.Rows rows) {
        return new RepositoryModel.Rows(RepositoryModel.Cardinality.ONE, rows.record(), rows.columns());
    }

    /** {@code private static OrderRow orderRow(ResultSet row) throws SQLException}: one row into the record. */
    private static MethodSpec mapperMethod(String name, RepositoryModel.Rows rows) {
        NameAllocator locals = new NameAllocator();
        String row = locals.newName("row");
        MapperCode code = mapperCode(rows, row, locals);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(rows.rowType())
                .addParameter(ClassName.get("java.sql", "ResultSet"), row)
                .addException(ClassName.get("java.sql", "SQLException"));
        code.locals().forEach(l -> method.addStatement("$L", l));
        return method.addStatement("return $L", code.value()).build();
    }

    private static MethodSpec method(RepositoryModel model, RepositoryModel.Method method, String sql,
                                     String databaseField, CodeBlock sharedMapper) {
        NameAllocator locals = new NameAllocator();
        method.params().forEach(p -> locals.newName(p.name(), p));
        String statement = locals.newName("statement");
        String row = locals.newName("row");
        boolean shadowed = method.params().stream().anyMatch(p -> p.name().equals(databaseField));
        CodeBlock database = shadowed ? CodeBlock.of("this.$N", databaseField) : CodeBlock.of("$N", databaseField);
        String where = model.iface().simpleName() + "." + method.name();

        MethodSpec.Builder spec = MethodSpec.methodBuilder(method.name())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returnType(method.result()));
        method.params().forEach(p -> spec.addParameter(p.typeName(), p.name()));
        CodeBlock binder = binder(method, statement);
        switch (method.result()) {
            case RepositoryModel.Rows rows -> spec.addStatement("return $L.$L($S, $N, $L,\n$L)", database,
                    call(rows.cardinality()), where, sql, binder,
                    sharedMapper != null ? sharedMapper : mapper(rows, row, locals));
            case RepositoryModel.UpdateCount count -> {
                CodeBlock update = CodeBlock.of("$L.update($S, $N, $L)", database, where, sql, binder);
                if (count.type().equals(TypeName.VOID)) {
                    spec.addStatement("$L", update);
                } else if (count.type().equals(TypeName.INT)) {
                    spec.addStatement("return $T.toIntExact($L)", Math.class, update);
                } else {
                    spec.addStatement("return $L", update);
                }
            }
        }
        return spec.build();
    }

    private static String call(RepositoryModel.Cardinality cardinality) {
        return switch (cardinality) {
            case OPTIONAL -> "optional";
            case ONE -> "one";
            case LIST -> "list";
            case STREAM -> "stream";
        };
    }

    private static TypeName returnType(RepositoryModel.Result result) {
        return switch (result) {
            case RepositoryModel.UpdateCount count -> count.type();
            case RepositoryModel.Rows rows -> switch (rows.cardinality()) {
                case ONE -> rows.rowType();
                case OPTIONAL -> ParameterizedTypeName.get(ClassName.get(Optional.class), rows.rowType().box());
                case LIST -> ParameterizedTypeName.get(ClassName.get(List.class), rows.rowType().box());
                case STREAM -> ParameterizedTypeName.get(ClassName.get(Stream.class), rows.rowType().box());
            };
        };
    }

    /** {@code Binder.NONE}, {@code statement -> statement.setLong(1, id)}, or a block setting each {@code ?}. */
    private static CodeBlock binder(RepositoryModel.Method method, String statement) {
        if (method.binds().isEmpty()) {
            return CodeBlock.of("$T.NONE", RuntimeTypes.BINDER);
        }
        List<CodeBlock> sets = new ArrayList<>();
        for (int i = 0; i < method.binds().size(); i++) {
            String name = method.binds().get(i);
            sets.add(JdbcValues.bind(statement, i + 1, method.param(name), name));
        }
        if (sets.size() == 1) {
            return CodeBlock.of("$N -> $L", statement, sets.getFirst());
        }
        CodeBlock.Builder block = CodeBlock.builder().add("$N -> {\n$>", statement);
        sets.forEach(s -> block.add("$L;\n", s)); // inside the call's statement: no nested addStatement
        return block.add("$<}").build();
    }

    /** The locals a row needs first (the text of a nullable enum column), and the value read from it. */
    private record MapperCode(List<CodeBlock> locals, CodeBlock value) {}

    /** {@code row -> new OrderRow(row.getLong(1), ...)}, or {@code row -> row.getLong(1)} for a scalar. */
    private static CodeBlock mapper(RepositoryModel.Rows rows, String row, NameAllocator locals) {
        MapperCode code = mapperCode(rows, row, locals);
        if (code.locals().isEmpty()) {
            return CodeBlock.of("$N -> $L", row, code.value());
        }
        CodeBlock.Builder block = CodeBlock.builder().add("$N -> {\n$>", row);
        code.locals().forEach(t -> block.add("$L;\n", t));
        return block.add("return $L;\n", code.value()).add("$<}").build();
    }

    private static MapperCode mapperCode(RepositoryModel.Rows rows, String row, NameAllocator locals) {
        List<CodeBlock> texts = new ArrayList<>();
        List<CodeBlock> reads = new ArrayList<>();
        for (int i = 0; i < rows.columns().size(); i++) {
            RepositoryModel.Column column = rows.columns().get(i);
            String text = null;
            if (JdbcValues.readsTextFirst(column)) {
                text = locals.newName(column.name());
                texts.add(CodeBlock.of("$T $N = $N.getString($L)", String.class, text, row, column.index()));
            }
            reads.add(JdbcValues.read(row, column.index(), column, text));
        }
        CodeBlock value = rows.record()
                .map(r -> CodeBlock.of("new $T($L)", r, CodeBlock.join(reads, ",$W")))
                .orElseGet(reads::getFirst);
        return new MapperCode(texts, value);
    }
}
