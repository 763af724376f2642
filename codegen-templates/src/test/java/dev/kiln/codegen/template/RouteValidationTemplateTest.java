package dev.kiln.codegen.template;

import static dev.kiln.codegen.template.SourceAssert.assertHasLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.kiln.codegen.model.Constraint;
import dev.kiln.codegen.model.Constraints;
import dev.kiln.codegen.model.HttpMethod;
import dev.kiln.codegen.model.ParamKind;
import dev.kiln.codegen.model.ParamModel;
import dev.kiln.codegen.model.RecordModel;
import dev.kiln.codegen.model.RouteModel;
import dev.kiln.codegen.model.ScalarKind;
import dev.kiln.codegen.model.ServiceModel;
import dev.kiln.codegen.model.ValueType;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The router's validation step from a hand-built model: parameter constraints checked inline, a
 * {@code @Valid} body handed to its validator, repeated values reported by index, and one
 * {@code throwIfAny()} before the service is called. A route without constraints gets none of it.
 */
class RouteValidationTemplateTest {
    private static final ClassName API = ClassName.get("com.example", "SignupApi");
    private static final ClassName SIGNUP = ClassName.get("com.example", "Signup");
    private static final ValueType.Scalar STRING = ValueType.Scalar.of(ScalarKind.STRING, ClassName.get(String.class));
    private static final ValueType.Scalar INT = ValueType.Scalar.of(ScalarKind.INT, TypeName.INT);
    private static final Optional<String> DEFAULT = Optional.empty();

    static Constraints checks(Constraint... checks) {
        return new Constraints(List.of(checks), false, Optional.empty());
    }

    static ServiceModel service() {
        List<ParamModel> params = List.of(
                new ParamModel("signup", ParamKind.BODY, "signup", new ValueType.RecordRef(SIGNUP), Optional.empty(),
                        new Constraints(List.of(), true, Optional.empty())),
                new ParamModel("limit", ParamKind.QUERY, "limit", INT, Optional.of("10"),
                        checks(new Constraint.Min(1, DEFAULT), new Constraint.Max(100, Optional.of("too many")))),
                new ParamModel("tags", ParamKind.QUERY, "tag", new ValueType.ListOf(STRING), Optional.empty(),
                        new Constraints(List.of(new Constraint.Size(0, 3, DEFAULT)), false,
                                Optional.of(checks(new Constraint.Pattern("^[a-z]+$", List.of(), DEFAULT))))),
                new ParamModel("note", ParamKind.HEADER, "X-Note", new ValueType.OptionalOf(STRING), Optional.empty(),
                        checks(new Constraint.NotBlank(DEFAULT))));
        return new ServiceModel(API, "signups", "/signups", List.of(
                new RouteModel("create", HttpMethod.POST, "/signups", 204, params, new ValueType.Void()),
                new RouteModel("count", HttpMethod.GET, "/signups/count", 200,
                        List.of(new ParamModel("limit", ParamKind.QUERY, "limit", INT, Optional.empty())), INT)));
    }

    static RecordModel signup() {
        return new RecordModel(SIGNUP, List.of(new RecordModel.Component("email", STRING,
                checks(new Constraint.Email(Optional.empty(), List.of(), DEFAULT)))));
    }

    @Test
    void checksEveryParameterThenAnswersAllViolationsBeforeCallingTheService() {
        String source = RouterTemplate.render(service()).toString();

        assertHasLines(source,
                "private static final Pattern TAG_PATTERN = Pattern.compile(\"^[a-z]+$\");",
                "private final Clock validationClock;",
                "this.validationClock = validationClock.orElseGet(Clock::systemDefaultZone);",
                "Violations violations = new Violations(validationClock);",
                "SignupValidator.validate(signup, violations);",
                "if (limit < 1) {",
                "violations.parameter(QUERY_LIMIT, \"must be at least 1\");",
                "violations.parameter(QUERY_LIMIT, \"too many\");",
                "if (tags.size() > 3) {",
                "violations.parameter(QUERY_TAG, \"size must be at most 3\");",
                "for (int i = 0; i < tags.size(); i++) {",
                "violations.parameter(QUERY_TAG, i, \"must match ^[a-z]+$\");",
                "if (note.isPresent()) {",
                "if (Checks.isBlank(noteValue)) {",
                "violations.throwIfAny();");
        int check = source.indexOf("violations.throwIfAny();");
        int call = source.indexOf("service.create(signup, limit, tags, note);");
        assertFalse(check < 0 || call < check, "validation comes before the call:\n" + source);
        String count = source.substring(source.indexOf("private void count("));
        assertFalse(count.contains("Violations"), "a route without constraints validates nothing:\n" + count);
    }

    @Test
    void theRouterAndValidatorCompileWithoutWarnings(@TempDir Path work) throws Exception {
        assumeTrue(InMemoryCompiler.onClassPath("dev.kiln.runtime.validation.Violations"),
                "kiln-runtime-core is not on the test class path yet");
        InMemoryCompiler compiler = new InMemoryCompiler()
                .add(RouterTemplate.render(service()))
                .add(ValidatorTemplate.render(signup()))
                .add(RecordCodecTemplate.render(signup()))
                .add("com.example.Signup", "package com.example;\npublic record Signup(String email) {}\n")
                .add("com.example.SignupApi", """
                        package com.example;
                        import java.util.*;
                        public interface SignupApi {
                            void create(Signup signup, int limit, List<String> tags, Optional<String> note);
                            int count(int limit);
                        }
                        """);
        assertEquals(List.of(), compiler.compile(work, List.of("-Xlint:all", "-Werror", "-proc:none")));
    }
}
