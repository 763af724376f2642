package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.kiln.codegen.model.Constraint;
import dev.kiln.codegen.model.Constraints;
import dev.kiln.codegen.model.Names;
import dev.kiln.codegen.model.ScalarKind;
import dev.kiln.codegen.model.ValueType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks of one value, as straight-line {@code if}s that add to a {@code Violations}: shared by the
 * generated validators (record components) and the router (parameters and bodies). Elements of
 * containers are checked in a loop; a {@code @Valid} record is handed to its generated validator;
 * violations below the current location are reported after {@code violations.enter(...)}, so that no
 * pointer string is built unless something is wrong.
 *
 * <p>Patterns and decimal bounds become constants of the generated class, compiled once.
 */
final class ConstraintCode {
    private final Constants constants;
    private final String violations;
    private final boolean guardNulls;

    /**
     * @param violations the name of the {@code Violations} local or parameter
     * @param guardNulls whether values may be {@code null} (a validator called on any record) rather than
     *                   never (values the router bound and decoded)
     */
    ConstraintCode(Constants constants, String violations, boolean guardNulls) {
        this.constants = constants;
        this.violations = violations;
        this.guardNulls = guardNulls;
    }

    /** Where a violation of the value being checked is reported. */
    sealed interface Slot {}

    /** The current location itself: a body's root. */
    record Here() implements Slot {}

    /** A component or map key below the current location; {@code name} is a code expression. */
    record Named(CodeBlock name) implements Slot {}

    /** An element below the current location; {@code index} is the name of an {@code int} local. */
    record Indexed(String index) implements Slot {}

    /** A route parameter: {@code constant} names its {@code Param}. */
    record Parameter(String constant) implements Slot {}

    /** One value of a repeated parameter. */
    record ParameterValue(String constant, String index) implements Slot {}

    static Slot component(String name) {
        return new Named(CodeBlock.of("$S", name));
    }

    /**
     * Adds to {@code code} the checks of {@code local}, of type {@code type}, against {@code constraints};
     * {@code hint} names constants ({@code CODE_PATTERN}) and {@code names} gives fresh locals.
     */
    void check(CodeBlock.Builder code, String local, ValueType type, Constraints constraints, Slot slot,
               String hint, NameAllocator names) {
        boolean primitive = type instanceof ValueType.Scalar scalar && scalar.primitive();
        check(code, local, type, constraints, slot, hint, names, guardNulls && !primitive);
    }

    private void check(CodeBlock.Builder code, String local, ValueType type, Constraints constraints, Slot slot,
                       String hint, NameAllocator names, boolean nullable) {
        if (constraints.isEmpty()) {
            return;
        }
        if (type instanceof ValueType.OptionalOf optional) {
            // An Optional's constraints are its value's: an empty one passes them all.
            String content = names.newName(local + "Value");
            code.beginControlFlow("if ($L$N.isPresent())", nullable ? local + " != null && " : "", local);
            code.addStatement("$T $N = $N.get()", optional.element().typeName(), content, local);
            check(code, content, optional.element(), constraints, slot, hint, names, false);
            code.endControlFlow();
            return;
        }
        // null fails @NotNull, @NotBlank and @NotEmpty, and passes everything else.
        List<Constraint> nullPassing = new ArrayList<>();
        for (Constraint constraint : constraints.checks()) {
            CodeBlock condition = switch (constraint) {
                case Constraint.NotNull c -> CodeBlock.of("$N == null", local);
                case Constraint.NotBlank c ->
                        orNull(nullable, local, CodeBlock.of("$T.isBlank($N)", RuntimeTypes.CHECKS, local));
                case Constraint.NotEmpty c -> orNull(nullable, local, isEmpty(type, CodeBlock.of("$N", local)));
                default -> null;
            };
            if (condition == null) {
                nullPassing.add(constraint);
            } else {
                report(code, condition, slot, constraint);
            }
        }
        boolean cascade = constraints.cascade() && type instanceof ValueType.RecordRef;
        Constraints elements = constraints.elements().orElse(null);
        int parts = nullPassing.size() + (cascade ? 1 : 0) + (elements != null ? 1 : 0);
        if (parts == 0) {
            return;
        }
        if (nullable && parts == 1 && nullPassing.size() == 1) {
            CodeBlock condition = violated(nullPassing.getFirst(), type, local, hint);
            String text = condition.toString();
            CodeBlock guarded = text.contains("||") || text.contains("&&")
                    ? CodeBlock.of("$N != null && ($L)", local, condition)
                    : CodeBlock.of("$N != null && $L", local, condition);
            report(code, guarded, slot, nullPassing.getFirst());
            return;
        }
        if (nullable) {
            code.beginControlFlow("if ($N != null)", local);
        }
        for (Constraint constraint : nullPassing) {
            report(code, violated(constraint, type, local, hint), slot, constraint);
        }
        if (cascade) {
            enter(code, slot);
            code.addStatement("$T.validate($N, $N)", Names.validator(((ValueType.RecordRef) type).typeName()), local,
                    violations);
            leave(code, slot);
        }
        if (elements != null) {
            elements(code, local, type, elements, slot, hint, names);
        }
        if (nullable) {
            code.endControlFlow();
        }
    }

    private void report(CodeBlock.Builder code, CodeBlock condition, Slot slot, Constraint constraint) {
        code.beginControlFlow("if ($L)", condition);
        code.addStatement(add(slot, ConstraintMessages.of(constraint)));
        code.endControlFlow();
    }

    private void elements(CodeBlock.Builder code, String local, ValueType type, Constraints each, Slot slot,
                          String hint, NameAllocator names) {
        enter(code, slot);
        String constant = slot instanceof Parameter parameter ? parameter.constant() : null;
        switch (type) {
            case ValueType.ListOf list -> {
                String i = names.newName("i");
                String element = names.newName("element");
                code.beginControlFlow("for (int $N = 0; $N < $N.size(); $N++)", i, i, local, i);
                code.addStatement("$T $N = $N.get($N)", list.element().typeName(), element, local, i);
                check(code, element, list.element(), each, elementSlot(constant, i), hint, names);
                code.endControlFlow();
            }
            case ValueType.SetOf set -> {
                String i = names.newName("i");
                String element = names.newName("element");
                String sent = names.newName("sent");
                code.addStatement("int $N = 0", i);
                code.beginControlFlow("for ($T $N : $N)", set.element().typeName(), element, local);
                // A violation points at the index the request sent the element at, not the set's position.
                code.addStatement("int $N = $T.sentIndex($N, $N)", sent, RuntimeTypes.CHECKS, local, i);
                check(code, element, set.element(), each, elementSlot(constant, sent), hint, names);
                code.addStatement("$N++", i);
                code.endControlFlow();
            }
            case ValueType.ArrayOf array -> {
                String i = names.newName("i");
                String element = names.newName("element");
                code.beginControlFlow("for (int $N = 0; $N < $N.length; $N++)", i, i, local, i);
                code.addStatement("$T $N = $N[$N]", array.element().typeName(), element, local, i);
                check(code, element, array.element(), each, elementSlot(constant, i), hint, names);
                code.endControlFlow();
            }
            case ValueType.MapOf map -> {
                String entry = names.newName("entry");
                String value = names.newName(entry + "Value");
                TypeName entryType = ParameterizedTypeName.get(ClassName.get(Map.Entry.class),
                        ClassName.get(String.class), map.value().typeName().box());
                code.beginControlFlow("for ($T $N : $N.entrySet())", entryType, entry, local);
                code.addStatement("$T $N = $N.getValue()", map.value().typeName().box(), value, entry);
                check(code, value, map.value(), each, new Named(CodeBlock.of("$N.getKey()", entry)), hint, names);
                code.endControlFlow();
            }
            default -> throw new IllegalArgumentException(type.typeName() + " has no elements to check");
        }
        leave(code, slot);
    }

    private static Slot elementSlot(String parameterConstant, String index) {
        return parameterConstant != null ? new ParameterValue(parameterConstant, index) : new Indexed(index);
    }

    private CodeBlock add(Slot slot, String message) {
        return switch (slot) {
            case Here h -> CodeBlock.of("$N.add($S)", violations, message);
            case Named n -> CodeBlock.of("$N.add($L, $S)", violations, n.name(), message);
            case Indexed i -> CodeBlock.of("$N.add($N, $S)", violations, i.index(), message);
            case Parameter p -> CodeBlock.of("$N.parameter($N, $S)", violations, p.constant(), message);
            case ParameterValue p -> CodeBlock.of("$N.parameter($N, $N, $S)", violations, p.constant(), p.index(),
                    message);
        };
    }

    private void enter(CodeBlock.Builder code, Slot slot) {
        switch (slot) {
            case Named n -> code.addStatement("$N.enter($L)", violations, n.name());
            case Indexed i -> code.addStatement("$N.enter($N)", violations, i.index());
            case Here h -> { }
            case Parameter p -> { } // a parameter's values are reported by index, without entering
            case ParameterValue p -> throw new IllegalArgumentException("a parameter value has nothing inside");
        }
    }

    private void leave(CodeBlock.Builder code, Slot slot) {
        if (slot instanceof Named || slot instanceof Indexed) {
            code.addStatement("$N.leave()", violations);
        }
    }

    /** The condition under which a non-null {@code local} breaks {@code constraint} (one that null passes). */
    private CodeBlock violated(Constraint constraint, ValueType type, String local, String hint) {
        CodeBlock x = CodeBlock.of("$N", local);
        return switch (constraint) {
            case Constraint.Size c -> outside(size(type, x), c.min(), c.max());
            case Constraint.Min c -> bound(type, x, c.value(), "<");
            case Constraint.Max c -> bound(type, x, c.value(), ">");
            case Constraint.DecimalMin c -> decimal(type, x, c.value(), c.inclusive() ? "<" : "<=");
            case Constraint.DecimalMax c -> decimal(type, x, c.value(), c.inclusive() ? ">" : ">=");
            case Constraint.Positive c -> sign(type, x, c.orZero() ? "<" : "<=");
            case Constraint.Negative c -> sign(type, x, c.orZero() ? ">" : ">=");
            case Constraint.Pattern c ->
                    CodeBlock.of("!$N.matcher($N).matches()", pattern(c.regexp(), c.flags(), hint), local);
            case Constraint.Email c -> c.regexp().isEmpty()
                    ? CodeBlock.of("!$T.isEmail($N)", RuntimeTypes.CHECKS, local)
                    : CodeBlock.of("!$T.isEmail($N) || !$N.matcher($N).matches()", RuntimeTypes.CHECKS, local,
                            pattern(c.regexp().get(), c.flags(), hint), local);
            // The violation: not before now (@Past), after now (@PastOrPresent), and so on.
            case Constraint.Past c -> temporal(c.orPresent() ? ">" : ">=", local);
            case Constraint.Future c -> temporal(c.orPresent() ? "<" : "<=", local);
            case Constraint.Digits c ->
                    CodeBlock.of("!$T.hasDigits($N, $L, $L)", RuntimeTypes.CHECKS, local, c.integer(), c.fraction());
            case Constraint.NotNull c -> throw new IllegalArgumentException("null fails @NotNull");
            case Constraint.NotBlank c -> throw new IllegalArgumentException("null fails @NotBlank");
            case Constraint.NotEmpty c -> throw new IllegalArgumentException("null fails @NotEmpty");
        };
    }

    /** {@code x == null || condition} when {@code x} may be null. */
    private static CodeBlock orNull(boolean nullable, String local, CodeBlock condition) {
        return nullable ? CodeBlock.of("$N == null || $L", local, condition) : condition;
    }

    private static CodeBlock isEmpty(ValueType type, CodeBlock x) {
        return type instanceof ValueType.ArrayOf || type instanceof ValueType.Bytes
                ? CodeBlock.of("$L.length == 0", x)
                : CodeBlock.of("$L.isEmpty()", x);
    }

    private static CodeBlock size(ValueType type, CodeBlock x) {
        return switch (type) {
            case ValueType.Scalar s -> CodeBlock.of("$T.length($L)", RuntimeTypes.CHECKS, x);
            case ValueType.ArrayOf a -> CodeBlock.of("$L.length", x);
            case ValueType.Bytes b -> CodeBlock.of("$L.length", x);
            default -> CodeBlock.of("$L.size()", x);
        };
    }

    private static CodeBlock outside(CodeBlock size, int min, int max) {
        if (max == Integer.MAX_VALUE) {
            return CodeBlock.of("$L < $L", size, min);
        }
        if (min == 0) {
            return CodeBlock.of("$L > $L", size, max);
        }
        return CodeBlock.of("$L < $L || $L > $L", size, min, size, max);
    }

    /** {@code @Min}/{@code @Max}: a plain comparison, NaN failing for floating point; a constant for big numbers. */
    private CodeBlock bound(ValueType type, CodeBlock x, long value, String operator) {
        ScalarKind kind = ((ValueType.Scalar) type).kind();
        return switch (kind) {
            case BIG_DECIMAL -> CodeBlock.of("$L.compareTo($N) $L 0", x, bigDecimal(Long.toString(value)), operator);
            case BIG_INTEGER -> CodeBlock.of("$L.compareTo($N) $L 0", x, bigInteger(value), operator);
            case FLOAT, DOUBLE -> CodeBlock.of("$T.isNaN($L) || $L $L $L", Double.class, x, x, operator, literal(value));
            default -> CodeBlock.of("$L $L $L", x, operator, literal(value));
        };
    }

    private CodeBlock decimal(ValueType type, CodeBlock x, String value, String operator) {
        ScalarKind kind = ((ValueType.Scalar) type).kind();
        String bound = bigDecimal(value);
        return switch (kind) {
            case BIG_DECIMAL -> CodeBlock.of("$L.compareTo($N) $L 0", x, bound, operator);
            case FLOAT, DOUBLE -> CodeBlock.of("$T.isNaN($L) || $T.compare($L, $N) $L 0", Double.class, x,
                    RuntimeTypes.CHECKS, x, bound, operator);
            default -> CodeBlock.of("$T.compare($L, $N) $L 0", RuntimeTypes.CHECKS, x, bound, operator);
        };
    }

    private static CodeBlock sign(ValueType type, CodeBlock x, String operator) {
        ScalarKind kind = ((ValueType.Scalar) type).kind();
        return switch (kind) {
            case BIG_DECIMAL, BIG_INTEGER -> CodeBlock.of("$L.signum() $L 0", x, operator);
            case FLOAT, DOUBLE -> CodeBlock.of("$T.isNaN($L) || $L $L 0", Double.class, x, x, operator);
            default -> CodeBlock.of("$L $L 0", x, operator);
        };
    }

    private CodeBlock temporal(String violatingComparison, String local) {
        return CodeBlock.of("$T.compareToNow($N, $N.clock()) $L 0", RuntimeTypes.CHECKS, local, violations,
                violatingComparison);
    }

    private static String literal(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? Long.toString(value) : value + "L";
    }

    /** {@code CODE_PATTERN = Pattern.compile("^[A-Z]{3}$")}, one per expression and flags. */
    private String pattern(String regexp, List<String> flags, String hint) {
        CodeBlock initializer = flags.isEmpty()
                ? CodeBlock.of("$T.compile($S)", Pattern.class, regexp)
                : CodeBlock.of("$T.compile($S, $L)", Pattern.class, regexp, CodeBlock.join(
                        flags.stream().map(f -> CodeBlock.of("$T.$N", Pattern.class, f)).toList(), " | "));
        return constants.get("pattern:" + flags + ":" + regexp, Identifiers.upperSnake(hint) + "_PATTERN",
                ClassName.get(Pattern.class), initializer);
    }

    /** {@code BIG_DECIMAL_0_5 = new BigDecimal("0.5")}. */
    private String bigDecimal(String value) {
        return constants.get("decimal:" + value, "BIG_DECIMAL_" + constantSuffix(value), ClassName.get(BigDecimal.class),
                CodeBlock.of("new $T($S)", BigDecimal.class, value));
    }

    private String bigInteger(long value) {
        return constants.get("integer:" + value, "BIG_INTEGER_" + constantSuffix(Long.toString(value)),
                ClassName.get(BigInteger.class), CodeBlock.of("$T.valueOf($LL)", BigInteger.class, value));
    }

    private static String constantSuffix(String number) {
        return (number.startsWith("-") ? "MINUS_" : "") + Identifiers.upperSnake(number.replace("-", ""));
    }
}
