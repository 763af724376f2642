package dev.kiln.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.kiln.codegen.model.RepositoryModel;
import dev.kiln.codegen.model.ValueType;
import dev.kiln.processor.data.CheckedSql;
import dev.kiln.processor.data.SqlChecker;
import dev.kiln.processor.data.SqlKind;
import dev.kiln.processor.read.RepositoryInput;
import dev.kiln.processor.read.TypeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Checks a {@code @Repository} interface against the migrations' schema and reads it into its
 * {@link RepositoryModel}. Every problem is one tagged error on the method's {@code @Query} value (the SQL's
 * line:column in the message when jOOQ knows it): the SQL ({@code [KilnSqlSyntax]}, {@code [KilnUnknownTable]},
 * {@code [KilnUnknownColumn]}, {@code [KilnUnsupportedSql]}), its parameters ({@code [KilnUnknownQueryParameter]},
 * {@code [KilnUnusedParameter]}, {@code [KilnParameterTypeMismatch]}), its result ({@code [KilnUnmappedColumn]},
 * {@code [KilnMissingColumn]}, {@code [KilnAmbiguousColumn]}, {@code [KilnColumnTypeMismatch]},
 * {@code [KilnNullableIntoPrimitive]},
 * {@code [KilnResultMismatch]}); and the interface's shape ({@code [KilnRepositoryNotInterface]},
 * {@code [KilnQueryMissing]}, {@code [KilnInvalidRepositoryMethod]}, {@code [KilnUnsupportedType]},
 * {@code [KilnParameterNamesMissing]}).
 */
public final class RepositoryValidator {
    private final TypeReader types;
    private final SqlChecker checker;

    public RepositoryValidator(TypeReader types, SqlChecker checker) {
        this.types = types;
        this.checker = checker;
    }

    /** {@code [KilnRepositoryNotInterface]}: {@code @Repository} on a class, record or enum. */
    public static boolean checkTarget(Element element, ValidationReport report) {
        if (element.getKind() == ElementKind.INTERFACE) {
            return true;
        }
        report.error(element, dev.kiln.processor.read.Annotations.find(element,
                dev.kiln.processor.read.Annotations.REPOSITORY).orElse(null), "[KilnRepositoryNotInterface] @Repository"
                + " is on " + element.getSimpleName() + ", a " + element.getKind().toString().toLowerCase(Locale.ROOT)
                .replace('_', ' ') + ": put it on an interface whose methods each carry a @Query; Kiln generates the"
                + " implementation.");
        return false;
    }

    /** The model of {@code input}, or empty with its errors in {@code report}. */
    public Optional<RepositoryModel> validate(RepositoryInput input, ValidationReport report) {
        List<RepositoryModel.Method> methods = new ArrayList<>();
        for (RepositoryInput.Method method : input.methods()) {
            method(method, report).ifPresent(methods::add);
        }
        return report.isClean()
                ? Optional.of(new RepositoryModel(ClassName.get(input.iface()), methods)) : Optional.empty();
    }

    private Optional<RepositoryModel.Method> method(RepositoryInput.Method m, ValidationReport report) {
        String display = m.displayName();
        if (m.query().isEmpty()) {
            report.error(m.method(), "[KilnQueryMissing] " + display + " has no @Query: each abstract method of a"
                    + " @Repository runs one query, e.g. @Query(\"SELECT id, customer FROM orders WHERE id = :id\");"
                    + " write a default method for anything else.");
            return Optional.empty();
        }
        Problems problems = new Problems(m, report);
        if (!m.method().getTypeParameters().isEmpty()) {
            problems.add("KilnInvalidRepositoryMethod", "is generic: a query's parameter and result types are fixed;"
                    + " write one method per type");
            return Optional.empty();
        }
        List<RepositoryModel.Param> params = params(m, problems);
        if (params == null) {
            return Optional.empty();
        }
        CheckedSql checked = checker.check(m.sql());
        if (checked instanceof CheckedSql.Problem problem) {
            problems.add(problem.tag(), problem.message() + (problem.line() > 0 ? " (" + problem.at().strip()
                    + " of the query)" : ""));
            return Optional.empty();
        }
        CheckedSql.Ok ok = (CheckedSql.Ok) checked;
        checkParams(params, ok, problems);
        Optional<RepositoryModel.Result> result = ResultMapping.result(m, ok, types, problems);
        if (!problems.none() || result.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RepositoryModel.Method(m.method().getSimpleName().toString(), params, ok.postgres(),
                ok.h2(), ok.binds(), result.get(), ok.tables()));
    }

    /** The method's parameters, or null after an error. */
    private List<RepositoryModel.Param> params(RepositoryInput.Method m, Problems problems) {
        List<? extends VariableElement> parameters = m.method().getParameters();
        boolean synthetic = !parameters.isEmpty();
        for (int i = 0; i < parameters.size(); i++) {
            synthetic &= parameters.get(i).getSimpleName().contentEquals("arg" + i);
        }
        if (synthetic) {
            problems.add("KilnParameterNamesMissing", "comes from the classpath without parameter names, so its"
                    + " :parameters cannot be bound: compile the module that declares "
                    + m.method().getEnclosingElement().getSimpleName()
                    + " with -parameters (<maven.compiler.parameters>true</maven.compiler.parameters>)");
            return null;
        }
        List<RepositoryModel.Param> params = new ArrayList<>();
        for (VariableElement parameter : parameters) {
            TypeMirror type = parameter.asType();
            Optional<TypeMirror> inOptional = ResultMapping.optionalElement(type);
            boolean optional = inOptional.isPresent();
            Optional<ValueType.Scalar> scalar = types.scalar(inOptional.orElse(type))
                    .filter(s -> RepositoryModel.jdbc(s.kind()));
            if (scalar.isEmpty()) {
                problems.report().error(parameter, "[KilnUnsupportedType] Parameter '" + parameter.getSimpleName()
                        + "' of " + m.displayName() + " has type " + type + ", which Kiln cannot bind to SQL: use "
                        + ResultMapping.SUPPORTED + ", or Optional of one (empty binds NULL).");
                return null;
            }
            params.add(new RepositoryModel.Param(parameter.getSimpleName().toString(), scalar.get(), optional));
        }
        return params;
    }

    private static void checkParams(List<RepositoryModel.Param> params, CheckedSql.Ok ok, Problems problems) {
        List<String> names = params.stream().map(RepositoryModel.Param::name).toList();
        for (Map.Entry<String, CheckedSql.Param> used : ok.params().entrySet()) {
            String name = used.getKey();
            Optional<RepositoryModel.Param> param = params.stream().filter(p -> p.name().equals(name)).findFirst();
            if (param.isEmpty()) {
                problems.add("KilnUnknownQueryParameter", "the query's :" + name + " is not a parameter of the method"
                        + (names.isEmpty() ? " (it has none)" : " (its parameters: " + String.join(", ", names) + ")")
                        + ": add a parameter " + name + ", or rename one of them");
                continue;
            }
            SqlKind kind = used.getValue().kind();
            if (!kind.family(param.get().value().kind())) {
                problems.add("KilnParameterTypeMismatch", "parameter " + name + " is " + javaName(param.get().value())
                        + ", but the query compares it with or stores it into " + used.getValue().against()
                        .orElse("a value") + ", a " + kind.sqlName() + ": make it " + kind.javaTypes());
            }
        }
        for (String name : names) {
            if (!ok.params().containsKey(name)) {
                problems.add("KilnUnusedParameter", "parameter " + name + " is not used by the query: use it as :"
                        + name + ", or remove it");
            }
        }
    }

    /** {@code a long}, {@code a String}, {@code an OrderStatus}. */
    static String javaName(ValueType.Scalar value) {
        TypeName type = value.typeName();
        String name = type instanceof ClassName c ? c.simpleName() : type.toString();
        return ("AEIOU".indexOf(Character.toUpperCase(name.charAt(0))) >= 0 ? "an " : "a ") + name;
    }

    /** The errors of one method: each on its {@code @Query} value, prefixed with the tag and the method. */
    static final class Problems {
        private final RepositoryInput.Method method;
        private final ValidationReport report;
        private int count;

        Problems(RepositoryInput.Method method, ValidationReport report) {
            this.method = method;
            this.report = report;
        }

        void add(String tag, String message) {
            count++;
            report.error(method.method(), method.query().orElse(null), method.value().orElse(null),
                    "[" + tag + "] " + method.displayName() + (message.startsWith("is ")
                            || message.startsWith("comes ") || message.startsWith("returns ") ? " " : ": ")
                            + message + ".");
        }

        boolean none() {
            return count == 0;
        }

        ValidationReport report() {
            return report;
        }
    }
}
