package dev.kiln.processor;

import com.palantir.javapoet.ClassName;
import dev.kiln.codegen.model.DataWiring;
import dev.kiln.codegen.model.Names;
import dev.kiln.codegen.model.RepositoryModel;
import dev.kiln.codegen.template.RepositoryTemplate;
import dev.kiln.processor.data.Migrations;
import dev.kiln.processor.data.Schema;
import dev.kiln.processor.data.SqlChecker;
import dev.kiln.processor.read.Annotations;
import dev.kiln.processor.read.RepositoryReader;
import dev.kiln.processor.read.Sources;
import dev.kiln.processor.read.TypeReader;
import dev.kiln.processor.validate.RepositoryValidator;
import dev.kiln.processor.validate.ValidationReport;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Per {@code @Repository} interface of this compilation: read → check every {@code @Query} against the schema the
 * migrations build → write its {@code <Interface>Impl}.
 *
 * <p>The schema is built once per compilation, when the first repository is met ({@link Migrations} says where the
 * migrations are): a statement jOOQ cannot interpret is a warning naming its file and line, and the list of migrations
 * checked against, with their SHA-256, is written to {@code META-INF/kiln/data/migrations.txt} (maven-compiler-plugin
 * does not recompile when only a migration changed: docs/data.md). The implementation calls
 * {@code kiln-runtime-data}'s {@code Database}; without it on the class path the first repository gets one
 * {@code [KilnDataRuntimeMissing]}. A repository injected from a jar whose implementation is not there is checked and
 * written by the application ({@link #repositoryFor}).
 */
final class RepositoryStep {
    static final String FINGERPRINT = "META-INF/kiln/data/migrations.txt";

    private final ProcessingEnvironment env;
    private final Elements elements;
    private final Output output;
    private final Sources sources;
    // By qualified name: the model of each repository checked here, or empty when it had errors.
    private final Map<String, Optional<RepositoryModel>> local = new HashMap<>();
    private Optional<SqlChecker> checker;  // null until the first repository needs the schema
    private Migrations.Found found;
    private boolean schemaReported;
    private boolean runtimeReported;

    RepositoryStep(ProcessingEnvironment env, Output output) {
        this.env = env;
        this.elements = env.getElementUtils();
        this.output = output;
        this.sources = new Sources(elements);
    }

    void process(List<Element> annotated) {
        for (Element element : annotated) {
            String name = element instanceof TypeElement t ? t.getQualifiedName().toString() : element.toString();
            if (local.containsKey(name)) {
                continue;
            }
            ValidationReport report = new ValidationReport();
            if (!RepositoryValidator.checkTarget(element, report)) {
                output.print(report);
                local.put(name, Optional.empty());
                continue;
            }
            TypeElement iface = (TypeElement) element;
            Optional<RepositoryModel> model = check(iface, report);
            if (model.isPresent() && !databasePresent() && !runtimeReported) {
                runtimeReported = true;
                report.error(iface, Annotations.find(iface, Annotations.REPOSITORY).orElse(null),
                        "[KilnDataRuntimeMissing] " + iface.getSimpleName() + " is a @Repository, whose generated"
                        + " implementation needs dev.kiln:kiln-runtime-data, which is not on the classpath: add it to"
                        + " the dependencies.");
            }
            if (!output.print(report) || model.isEmpty()) {
                local.put(name, Optional.empty());
                continue;
            }
            local.put(name, model);
            if (databasePresent()) {
                output.writer().write(RepositoryTemplate.render(model.get()), List.of(iface));
            }
        }
    }

    /**
     * The repository an application injects: compiled here, or from a jar (its implementation there, or checked and
     * written here). Empty, with the reason reported, when it cannot be bound.
     */
    Optional<DataWiring.Repository> repositoryFor(TypeElement iface, ValidationReport report) {
        String name = iface.getQualifiedName().toString();
        Optional<RepositoryModel> here = local.get(name);
        if (here == null) {
            ClassName implementation = Names.repository(ClassName.get(iface));
            if (elements.getTypeElement(implementation.canonicalName()) != null) {
                return Optional.of(new DataWiring.Repository(ClassName.get(iface), List.of()));
            }
            ValidationReport own = new ValidationReport();
            here = check(iface, own);
            local.put(name, here);
            output.print(own);
            if (here.isPresent() && databasePresent()) {
                output.writer().write(RepositoryTemplate.render(here.get()), List.of(iface));
            }
        }
        if (here.isEmpty()) {
            report.failSilently(); // its errors were reported on it
        }
        return here.map(m -> new DataWiring.Repository(m.iface(), m.tables()));
    }

    /** Whether {@code kiln-runtime-data} is on this compilation's class path. */
    boolean databasePresent() {
        return elements.getTypeElement(Annotations.DATABASE) != null;
    }

    private Optional<RepositoryModel> check(TypeElement iface, ValidationReport report) {
        Optional<SqlChecker> sql = checker(iface, report);
        if (sql.isEmpty()) {
            return Optional.empty();
        }
        return new RepositoryValidator(new TypeReader(sources), sql.get()).validate(RepositoryReader.read(iface),
                report);
    }

    /** The checker over the migrations' schema, built on first use; empty (reported once) when there is none. */
    private Optional<SqlChecker> checker(TypeElement user, ValidationReport report) {
        if (checker == null) {
            checker = load(user, report);
            if (checker.isEmpty()) {
                schemaReported = true;
                return checker;
            }
        }
        if (checker.isEmpty() && schemaReported) {
            report.failSilently();
        }
        return checker;
    }

    private Optional<SqlChecker> load(TypeElement user, ValidationReport report) {
        try {
            found = Migrations.find(env.getOptions(), env.getFiler());
        } catch (IOException e) {
            report.error(user, "[KilnSchemaMissing] Kiln could not read the migrations to check " + user.getSimpleName()
                    + "'s queries: " + e);
            return Optional.empty();
        }
        if (found.migrations().isEmpty()) {
            report.error(user, Annotations.find(user, Annotations.REPOSITORY).orElse(null), "[KilnSchemaMissing] "
                    + user.getSimpleName() + "'s queries are checked against the schema the Flyway migrations build,"
                    + " and there are none: " + (found.directory().isPresent()
                    ? found.directory().get() + " has no V<version>__<description>.sql file"
                    : "looked in " + String.join(", ", found.searched().stream().map(Object::toString).toList()))
                    + "; add src/main/resources/db/migration/V1__<description>.sql, or name the directory with"
                    + " -A" + Migrations.OPTION + "=<dir>.");
            return Optional.empty();
        }
        Schema schema = Schema.interpret(found.migrations());
        Map<String, java.nio.file.Path> paths = new HashMap<>();
        found.migrations().forEach(m -> paths.put(m.file(), m.path()));
        for (Schema.Warning warning : schema.warnings()) {
            env.getMessager().printMessage(Diagnostic.Kind.WARNING, "[KilnMigrationNotInterpreted] "
                    + paths.get(warning.file()) + ":" + warning.line() + ": " + warning.message() + ".");
        }
        output.writer().writeResource(FINGERPRINT, found.fingerprint(), List.of(user));
        return Optional.of(new SqlChecker(schema));
    }
}
