package dev.kiln.codegen.template;

import static dev.kiln.codegen.template.SourceAssert.assertHasLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.kiln.codegen.model.Constraint;
import dev.kiln.codegen.model.Constraints;
import dev.kiln.codegen.model.RecordModel;
import dev.kiln.codegen.model.RecordModel.Component;
import dev.kiln.codegen.model.ScalarKind;
import dev.kiln.codegen.model.ValueType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ValidatorTemplate} from a hand-built model that puts every constraint on every type it applies to
 * (each numeric kind, primitive and boxed; text; the temporals; containers, their elements, nested
 * containers, map values, arrays, {@code Optional} contents and a {@code @Valid} cascade). The validator
 * compiles with {@code -Xlint:all -Werror} next to the record, and is run on values chosen so that each
 * component breaks known constraints: the violations come back with their exact pointers and messages.
 */
class ValidatorTemplateTest {
    private static final ClassName CHECKED = ClassName.get("com.example", "Checked");
    private static final Optional<String> DEFAULT = Optional.empty();

    private static final List<Constraint> NUMBER_CHECKS = List.of(
            new Constraint.Min(1, DEFAULT), new Constraint.Max(10, DEFAULT),
            new Constraint.Positive(false, DEFAULT), new Constraint.Positive(true, DEFAULT),
            new Constraint.Negative(false, DEFAULT), new Constraint.Negative(true, DEFAULT),
            new Constraint.DecimalMin("0.5", true, DEFAULT), new Constraint.DecimalMax("10", false, DEFAULT));

    /** What value 0 breaks among {@link #NUMBER_CHECKS}, in order. */
    private static final List<String> ZERO_BREAKS = List.of(
            "must be at least 1", "must be greater than 0", "must be less than 0", "must be at least 0.5");

    private static final List<Constraint> TEMPORAL_CHECKS = List.of(
            new Constraint.Past(false, DEFAULT), new Constraint.Past(true, DEFAULT),
            new Constraint.Future(false, DEFAULT), new Constraint.Future(true, DEFAULT));

    static ValueType.Scalar scalar(ScalarKind kind, TypeName type) {
        return ValueType.Scalar.of(kind, type);
    }

    static Constraints checks(List<Constraint> checks) {
        return new Constraints(checks, false, Optional.empty());
    }

    static Constraints elements(List<Constraint> checks, Constraints elements) {
        return new Constraints(checks, false, Optional.of(elements));
    }

    static List<Component> numbers() {
        List<Component> components = new ArrayList<>();
        for (ScalarKind kind : List.of(ScalarKind.BYTE, ScalarKind.SHORT, ScalarKind.INT, ScalarKind.LONG,
                ScalarKind.FLOAT, ScalarKind.DOUBLE)) {
            TypeName primitive = switch (kind) {
                case BYTE -> TypeName.BYTE;
                case SHORT -> TypeName.SHORT;
                case INT -> TypeName.INT;
                case LONG -> TypeName.LONG;
                case FLOAT -> TypeName.FLOAT;
                default -> TypeName.DOUBLE;
            };
            List<Constraint> all = new ArrayList<>(NUMBER_CHECKS);
            if (kind != ScalarKind.FLOAT && kind != ScalarKind.DOUBLE) {
                all.add(new Constraint.Digits(1, 0, DEFAULT));
            }
            String name = kind.name().toLowerCase(java.util.Locale.ROOT);
            components.add(new Component("primitive" + name, scalar(kind, primitive), checks(all)));
            components.add(new Component("boxed" + name, scalar(kind, primitive.box()), checks(all)));
        }
        List<Constraint> withDigits = new ArrayList<>(NUMBER_CHECKS);
        withDigits.add(new Constraint.Digits(1, 0, DEFAULT));
        components.add(new Component("bigDecimal", scalar(ScalarKind.BIG_DECIMAL, ClassName.get(BigDecimal.class)),
                checks(withDigits)));
        components.add(new Component("bigInteger", scalar(ScalarKind.BIG_INTEGER, ClassName.get(BigInteger.class)),
                checks(withDigits)));
        return components;
    }

    static RecordModel checked() {
        ValueType.Scalar string = scalar(ScalarKind.STRING, ClassName.get(String.class));
        ValueType.Scalar integer = scalar(ScalarKind.INT, ClassName.get(Integer.class));
        List<Component> components = new ArrayList<>(numbers());
        components.add(new Component("text", string, checks(List.of(
                new Constraint.NotBlank(DEFAULT), new Constraint.Size(2, 4, DEFAULT),
                new Constraint.Pattern("^[a-z]+$", List.of("CASE_INSENSITIVE"), DEFAULT),
                new Constraint.Email(Optional.of(".+@example\\.com"), List.of(), Optional.of("a company address"))))));
        components.add(new Component("empty", string, checks(List.of(new Constraint.NotEmpty(DEFAULT)))));
        components.add(new Component("nothing", string, checks(List.of(new Constraint.NotNull(DEFAULT)))));
        components.add(new Component("instant", scalar(ScalarKind.INSTANT, ClassName.get(Instant.class)),
                checks(TEMPORAL_CHECKS)));
        components.add(new Component("date", scalar(ScalarKind.LOCAL_DATE, ClassName.get(LocalDate.class)),
                checks(TEMPORAL_CHECKS)));
        components.add(new Component("dateTime", scalar(ScalarKind.LOCAL_DATE_TIME,
                ClassName.get(LocalDateTime.class)), checks(TEMPORAL_CHECKS)));
        components.add(new Component("offsetDateTime", scalar(ScalarKind.OFFSET_DATE_TIME,
                ClassName.get(OffsetDateTime.class)), checks(TEMPORAL_CHECKS)));
        Constraints atMostOne = checks(List.of(new Constraint.Size(0, 1, DEFAULT)));
        components.add(new Component("list", new ValueType.ListOf(string),
                elements(List.of(new Constraint.NotEmpty(DEFAULT), new Constraint.Size(0, 1, DEFAULT)), atMostOne)));
        components.add(new Component("set", new ValueType.SetOf(string), elements(List.of(),
                checks(List.of(new Constraint.Pattern("^x$", List.of(), DEFAULT))))));
        components.add(new Component("map", new ValueType.MapOf(integer), elements(List.of(),
                checks(List.of(new Constraint.Min(1, DEFAULT))))));
        components.add(new Component("array", new ValueType.ArrayOf(string), elements(List.of(),
                checks(List.of(new Constraint.NotBlank(DEFAULT))))));
        components.add(new Component("ints", new ValueType.ArrayOf(scalar(ScalarKind.INT, TypeName.INT)),
                elements(List.of(), checks(List.of(new Constraint.Min(1, DEFAULT))))));
        components.add(new Component("bytes", new ValueType.Bytes(),
                checks(List.of(new Constraint.Size(1, Integer.MAX_VALUE, DEFAULT)))));
        components.add(new Component("nested", new ValueType.ListOf(new ValueType.ListOf(string)),
                elements(List.of(), elements(List.of(), atMostOne))));
        components.add(new Component("maybe", new ValueType.OptionalOf(string), atMostOne));
        components.add(new Component("child", new ValueType.OptionalOf(new ValueType.RecordRef(CHECKED)),
                new Constraints(List.of(), true, Optional.empty())));
        components.add(new Component("plain", string));
        return new RecordModel(CHECKED, components);
    }

    static String recordSource(RecordModel model) {
        return "package com.example;\n\npublic record Checked("
                + model.components().stream().map(c -> c.type().typeName() + " " + c.name())
                        .collect(Collectors.joining(",\n        "))
                + ") {}\n";
    }

    /** Builds one Checked whose every component breaks something known, and one valid child. */
    static final String PROBE = """
            package com.example;

            import dev.kiln.runtime.http.ProblemError;
            import dev.kiln.runtime.validation.Violations;
            import java.math.*;
            import java.time.*;
            import java.util.*;

            public final class ValidationProbe implements java.util.function.Supplier<List<String>> {
                @Override
                public List<String> get() {
                    Clock clock = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
                    Checked child = checked(Optional.empty(), "ab");
                    Violations violations = new Violations(clock);
                    CheckedValidator.validate(checked(Optional.of(child), "A"), violations);
                    List<String> out = new ArrayList<>();
                    for (ProblemError e : violations.errors()) {
                        out.add(e.pointer() + ": " + e.detail());
                    }
                    return out;
                }

                private static Checked checked(Optional<Checked> child, String text) {
                    Map<String, Integer> map = new LinkedHashMap<>();
                    map.put("a/b", 0);
                    return new Checked(
                            (byte) 0, (byte) 0, (short) 0, (short) 0, 0, 0, 0L, 0L, 0f, 0f, 0.0, 0.0,
                            BigDecimal.ZERO, BigInteger.ZERO,
                            text, "", null,
                            Instant.parse("2024-06-01T12:00:00Z"), LocalDate.parse("2024-06-01"),
                            LocalDateTime.parse("2024-06-01T12:00:00"), OffsetDateTime.parse("2024-06-01T14:00:00+02:00"),
                            List.of("ab", "c"), new LinkedHashSet<>(List.of("x", "y")), map, new String[] {" "},
                            new int[] {1, 0}, new byte[0], List.of(List.of("a"), List.of("a", "bb")), Optional.of("ab"),
                            child, "anything");
                }
            }
            """;

    @Test
    void rendersStraightLineChecks() {
        String source = ValidatorTemplate.render(checked()).toString();

        assertHasLines(source,
                "public final class CheckedValidator {",
                "private static final Pattern TEXT_PATTERN = Pattern.compile(\"^[a-z]+$\", Pattern.CASE_INSENSITIVE);",
                "public static void validate(Checked value, Violations violations) {",
                "if (primitiveint < 1) {",
                "violations.add(\"primitiveint\", \"must be at least 1\");",
                "if (Double.isNaN(primitivedouble) || primitivedouble <= 0) {",
                "if (boxedint != null) {",
                "if (bigDecimal.compareTo(BIG_DECIMAL_1) < 0) {",
                "if (text == null || Checks.isBlank(text)) {",
                "if (!Checks.isEmail(text) || !TEXT_PATTERN_.matcher(text).matches()) {",
                "violations.add(\"text\", \"a company address\");",
                "if (Checks.compareToNow(instant, violations.clock()) >= 0) {",
                "violations.enter(\"nested\");",
                "violations.add(entry.getKey(), \"must be at least 1\");",
                "CheckedValidator.validate(childValue, violations);");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theValidatorCompilesWithoutWarningsAndReportsEachViolationAtItsPointer(@TempDir Path work) throws Exception {
        assumeTrue(InMemoryCompiler.onClassPath("dev.kiln.runtime.validation.Violations"),
                "kiln-runtime-core is not on the test class path yet");
        RecordModel model = checked();
        InMemoryCompiler compiler = new InMemoryCompiler()
                .add(ValidatorTemplate.render(model))
                .add("com.example.Checked", recordSource(model))
                .add("com.example.ValidationProbe", PROBE);
        assertEquals(List.of(), compiler.compile(work, List.of("-Xlint:all", "-Werror", "-proc:none")));

        List<String> out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.resolve("classes").toUri().toURL()},
                getClass().getClassLoader())) {
            out = ((Supplier<List<String>>) loader.loadClass("com.example.ValidationProbe")
                    .getConstructor().newInstance()).get();
        }

        List<String> expected = new ArrayList<>();
        for (String prefix : List.of("", "/child")) {
            for (Component number : numbers()) {
                ZERO_BREAKS.forEach(message -> expected.add(prefix + "/" + number.name() + ": " + message));
            }
            if (prefix.isEmpty()) {
                expected.add("/text: size must be between 2 and 4");
                expected.add("/text: a company address");
            } else {
                expected.add("/child/text: a company address");
            }
            expected.add(prefix + "/empty: must not be empty");
            expected.add(prefix + "/nothing: must not be null");
            for (String temporal : List.of("instant", "date", "dateTime", "offsetDateTime")) {
                expected.add(prefix + "/" + temporal + ": must be in the past");
                expected.add(prefix + "/" + temporal + ": must be in the future");
            }
            expected.add(prefix + "/list: size must be at most 1");
            expected.add(prefix + "/list/0: size must be at most 1");
            expected.add(prefix + "/set/1: must match ^x$");
            expected.add(prefix + "/map/a~1b: must be at least 1");
            expected.add(prefix + "/array/0: must not be blank");
            expected.add(prefix + "/ints/1: must be at least 1");
            expected.add(prefix + "/bytes: size must be at least 1");
            expected.add(prefix + "/nested/1/1: size must be at most 1");
            expected.add(prefix + "/maybe: size must be at most 1");
        }
        // In component order; the child's come where its component is checked, after the parent's "maybe".
        assertEquals(expected, out);
    }
}
