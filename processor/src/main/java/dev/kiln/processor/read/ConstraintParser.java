package dev.kiln.processor.read;

import dev.kiln.codegen.model.Constraint;
import dev.kiln.codegen.model.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One constraint annotation as the model's {@link Constraint}: whether it applies to the type it is on,
 * whether its attributes make sense, and the problems when not, all reported on one parameter or record
 * component. {@link ConstraintReader} walks the type and hands each annotation here.
 */
final class ConstraintParser {
    static final String PACKAGE = "jakarta.validation.constraints.";
    private static final String DEFAULT_MESSAGE = "{jakarta.validation.constraints.";
    static final String SUPPORTED = "@NotNull, @NotBlank, @NotEmpty, @Size, @Min, @Max, @DecimalMin, @DecimalMax,"
            + " @Positive, @PositiveOrZero, @Negative, @NegativeOrZero, @Pattern, @Email, @Past, @PastOrPresent,"
            + " @Future, @FutureOrPresent and @Digits";
    private static final String TEXT = "String";
    private static final String SIZED = "String, List, Set, Map and arrays";
    private static final String NUMBERS = "byte, short, int, long, float, double, their boxes, BigDecimal and BigInteger";
    private static final String WHOLE_NUMBERS = "byte, short, int, long, their boxes, BigDecimal and BigInteger";
    private static final String TEMPORALS = "Instant, LocalDate, LocalDateTime and OffsetDateTime";

    private final Element element;
    private final List<ConstraintProblem> problems = new ArrayList<>();

    /** @param element the parameter or record component problems are reported on */
    ConstraintParser(Element element) {
        this.element = element;
    }

    /** The problems found so far. */
    List<ConstraintProblem> problems() {
        return problems;
    }

    /** One constraint annotation as the model's {@link Constraint}, if it applies and its attributes are sound. */
    Optional<Constraint> parse(AnnotationMirror mirror, TypeMirror type, ValueType read, String where) {
        String simple = Annotations.simpleNameOf(mirror);
        String head = "@" + simple + " on " + where;
        if (!Annotations.nameOf(mirror).startsWith(PACKAGE)) {
            notSupported(mirror, null, head + " is a custom constraint, which Kiln cannot check: it generates the"
                    + " checks of the built-in jakarta.validation.constraints only (" + SUPPORTED + "). Check the"
                    + " rule in the service and throw HttpException.badRequest, or remove it.");
            return Optional.empty();
        }
        Optional<AnnotationValue> groups = Annotations.explicitValue(mirror, "groups");
        if (groups.isPresent() && groups.get().getValue() instanceof List<?> list && !list.isEmpty()) {
            notSupported(mirror, groups.get(), head + " names validation groups, but Kiln checks every"
                    + " constraint on every request: remove groups.");
            return Optional.empty();
        }
        Optional<String> message = message(mirror);
        Shape shape = Shape.of(read);
        String described = TypeDescriptions.describe(type);
        return switch (simple) {
            case "NotNull" -> {
                if (shape.primitive()) {
                    notApplicable(mirror, head + " does not apply to " + described + ": a primitive is never"
                            + " null. Remove it.");
                    yield Optional.empty();
                }
                yield Optional.of(new Constraint.NotNull(message));
            }
            case "NotBlank" -> applies(mirror, head, described, shape == Shape.TEXT, TEXT,
                    shape == Shape.SIZED ? "Use @NotEmpty for a List, Set, Map or array." : null,
                    () -> new Constraint.NotBlank(message));
            case "NotEmpty" -> applies(mirror, head, described, shape.sized(), SIZED, numberHint(shape),
                    () -> new Constraint.NotEmpty(message));
            case "Size" -> applies(mirror, head, described, shape.sized(), SIZED, numberHint(shape),
                    () -> size(mirror, head, message));
            case "Min", "Max" -> applies(mirror, head, described, shape.number(), NUMBERS, textHint(shape),
                    () -> {
                        long value = Annotations.value(mirror, "value").map(v -> ((Number) v.getValue()).longValue())
                                .orElse(0L);
                        return simple.equals("Min") ? new Constraint.Min(value, message)
                                : new Constraint.Max(value, message);
                    });
            case "DecimalMin", "DecimalMax" -> applies(mirror, head, described, shape.number(), NUMBERS,
                    textHint(shape), () -> decimal(mirror, head, simple.equals("DecimalMin"), message));
            case "Positive", "PositiveOrZero" -> applies(mirror, head, described, shape.number(), NUMBERS,
                    textHint(shape), () -> new Constraint.Positive(simple.endsWith("OrZero"), message));
            case "Negative", "NegativeOrZero" -> applies(mirror, head, described, shape.number(), NUMBERS,
                    textHint(shape), () -> new Constraint.Negative(simple.endsWith("OrZero"), message));
            case "Pattern" -> applies(mirror, head, described, shape == Shape.TEXT, TEXT, null,
                    () -> pattern(mirror, head, message));
            case "Email" -> applies(mirror, head, described, shape == Shape.TEXT, TEXT, null,
                    () -> email(mirror, head, message));
            case "Past", "PastOrPresent" -> applies(mirror, head, described, shape == Shape.TEMPORAL, TEMPORALS,
                    null, () -> new Constraint.Past(simple.endsWith("OrPresent"), message));
            case "Future", "FutureOrPresent" -> applies(mirror, head, described, shape == Shape.TEMPORAL,
                    TEMPORALS, null, () -> new Constraint.Future(simple.endsWith("OrPresent"), message));
            case "Digits" -> applies(mirror, head, described, shape.wholeOrDecimal(), WHOLE_NUMBERS,
                    textHint(shape), () -> digits(mirror, head, message));
            default -> {
                notSupported(mirror, null, head + " is not supported: Kiln generates checks for " + SUPPORTED
                        + ". Check the rule in the service and throw HttpException.badRequest, or remove it.");
                yield Optional.empty();
            }
        };
    }

    private interface Build {
        Constraint build();
    }

    private Optional<Constraint> applies(AnnotationMirror mirror, String head, String described, boolean applies,
                                         String appliesTo, String hint, Build build) {
        if (!applies) {
            notApplicable(mirror, head + " does not apply to " + described + ": @"
                    + Annotations.simpleNameOf(mirror) + " applies to " + appliesTo + ". "
                    + (hint == null ? "Remove it, or change the type." : hint));
            return Optional.empty();
        }
        return Optional.ofNullable(build.build());
    }

    private static String numberHint(Shape shape) {
        return shape.number() ? "Use @Min and @Max to bound a number." : null;
    }

    private static String textHint(Shape shape) {
        return shape == Shape.TEXT ? "Use @Size to bound the length of a String, or @Pattern for its form." : null;
    }

    private Constraint size(AnnotationMirror mirror, String head, Optional<String> message) {
        int min = Annotations.intValue(mirror, "min").orElse(0);
        int max = Annotations.intValue(mirror, "max").orElse(Integer.MAX_VALUE);
        if (min < 0 || max < 0) {
            String member = min < 0 ? "min" : "max";
            invalid(mirror, member, head + ": " + member + " is " + (min < 0 ? min : max) + ", but a length or"
                    + " size is never negative. Use 0 or more.");
            return null;
        }
        if (min > max) {
            invalid(mirror, "max", head + ": min (" + min + ") is greater than max (" + max + "), so no value"
                    + " can pass. Make min at most max.");
            return null;
        }
        return new Constraint.Size(min, max, message);
    }

    private Constraint decimal(AnnotationMirror mirror, String head, boolean min, Optional<String> message) {
        String value = Annotations.stringValue(mirror, "value");
        boolean inclusive = Annotations.value(mirror, "inclusive").map(v -> (Boolean) v.getValue()).orElse(true);
        try {
            new BigDecimal(value);
        } catch (NumberFormatException e) {
            invalid(mirror, "value", head + ": \"" + value + "\" is not a decimal number. Write it like \"0.01\""
                    + " or \"-5\".");
            return null;
        }
        return min ? new Constraint.DecimalMin(value, inclusive, message)
                : new Constraint.DecimalMax(value, inclusive, message);
    }

    private Constraint pattern(AnnotationMirror mirror, String head, Optional<String> message) {
        String regexp = Annotations.stringValue(mirror, "regexp");
        List<String> flags = flags(mirror);
        return compiles(mirror, head, regexp, flags) ? new Constraint.Pattern(regexp, flags, message) : null;
    }

    private Constraint email(AnnotationMirror mirror, String head, Optional<String> message) {
        String regexp = Annotations.stringValue(mirror, "regexp");
        List<String> flags = flags(mirror);
        if (regexp.equals(".*")) {
            return new Constraint.Email(Optional.empty(), List.of(), message);
        }
        return compiles(mirror, head, regexp, flags)
                ? new Constraint.Email(Optional.of(regexp), flags, message)
                : null;
    }

    private boolean compiles(AnnotationMirror mirror, String head, String regexp, List<String> flags) {
        try {
            java.util.regex.Pattern.compile(regexp);
            return true;
        } catch (PatternSyntaxException e) {
            String near = e.getIndex() >= 0 ? " near index " + e.getIndex() : "";
            invalid(mirror, "regexp", head + ": \"" + regexp + "\" is not a valid regular expression ("
                    + e.getDescription() + near + "). Fix the expression.");
            return false;
        }
    }

    private Constraint digits(AnnotationMirror mirror, String head, Optional<String> message) {
        int integer = Annotations.intValue(mirror, "integer").orElse(0);
        int fraction = Annotations.intValue(mirror, "fraction").orElse(0);
        if (integer < 0 || fraction < 0) {
            String member = integer < 0 ? "integer" : "fraction";
            invalid(mirror, member, head + ": " + member + " is " + (integer < 0 ? integer : fraction)
                    + ", but a number of digits is never negative. Use 0 or more.");
            return null;
        }
        return new Constraint.Digits(integer, fraction, message);
    }

    void notApplicable(AnnotationMirror mirror, String message) {
        problems.add(new ConstraintProblem(element, mirror, null, "[KilnConstraintNotApplicable] " + message));
    }

    private void invalid(AnnotationMirror mirror, String member, String message) {
        problems.add(new ConstraintProblem(element, mirror, Annotations.explicitValue(mirror, member).orElse(null),
                "[KilnInvalidConstraint] " + message));
    }

    void notSupported(AnnotationMirror mirror, AnnotationValue value, String message) {
        problems.add(new ConstraintProblem(element, mirror, value, "[KilnConstraintNotSupported] " + message));
    }

    /** The user's message, or empty for the annotation's default {@code {jakarta.validation...}} key. */
    private static Optional<String> message(AnnotationMirror mirror) {
        String message = Annotations.stringValue(mirror, "message");
        return message.startsWith(DEFAULT_MESSAGE) && message.endsWith("}") ? Optional.empty() : Optional.of(message);
    }

    /** {@code @Pattern(flags = ...)} as {@code java.util.regex.Pattern} constant names (the enum's names match). */
    private static List<String> flags(AnnotationMirror mirror) {
        List<String> flags = new ArrayList<>();
        Annotations.value(mirror, "flags").ifPresent(v -> {
            if (v.getValue() instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof AnnotationValue flag && flag.getValue() instanceof Element constant) {
                        flags.add(constant.getSimpleName().toString());
                    }
                }
            }
        });
        return flags;
    }

    /** What a value is, as far as constraints care. */
    private enum Shape {
        TEXT, SIZED, NUMBER, PRIMITIVE_NUMBER, WHOLE, PRIMITIVE_WHOLE, TEMPORAL, RECORD, PRIMITIVE_OTHER, OTHER;

        static Shape of(ValueType type) {
            return switch (type) {
                case ValueType.Scalar scalar -> switch (scalar.kind()) {
                    case STRING -> TEXT;
                    case BYTE, SHORT, INT, LONG -> scalar.primitive() ? PRIMITIVE_WHOLE : WHOLE;
                    case BIG_INTEGER, BIG_DECIMAL -> WHOLE;
                    case FLOAT, DOUBLE -> scalar.primitive() ? PRIMITIVE_NUMBER : NUMBER;
                    case INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, OFFSET_DATE_TIME -> TEMPORAL;
                    case BOOLEAN, CHAR -> scalar.primitive() ? PRIMITIVE_OTHER : OTHER;
                    case ENUM, UUID, DURATION -> OTHER;
                };
                case ValueType.RecordRef record -> RECORD;
                case ValueType.ListOf list -> SIZED;
                case ValueType.SetOf set -> SIZED;
                case ValueType.MapOf map -> SIZED;
                case ValueType.ArrayOf array -> SIZED;
                case ValueType.Bytes bytes -> SIZED;
                case ValueType.OptionalOf optional -> OTHER;
                case ValueType.Void v -> OTHER;
            };
        }

        boolean primitive() {
            return this == PRIMITIVE_NUMBER || this == PRIMITIVE_WHOLE || this == PRIMITIVE_OTHER;
        }

        boolean sized() {
            return this == TEXT || this == SIZED;
        }

        boolean number() {
            return this == NUMBER || this == PRIMITIVE_NUMBER || wholeOrDecimal();
        }

        boolean wholeOrDecimal() {
            return this == WHOLE || this == PRIMITIVE_WHOLE;
        }
    }
}
