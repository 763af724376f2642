package dev.kiln.processor.read;

import com.palantir.javapoet.ClassName;
import dev.kiln.codegen.model.Constraint;
import dev.kiln.codegen.model.Constraints;
import dev.kiln.codegen.model.ValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the {@code jakarta.validation.constraints} and {@code @Valid} of one value (a route parameter or a
 * record component) into {@link Constraints}: those on the declaration for the value itself, those on
 * type arguments ({@code List<@Size(max = 10) String>}) for elements and map values, and an
 * {@code Optional}'s for the value inside. A constraint on a type it cannot check, with a bad attribute,
 * or that Kiln has no check for is a {@link ConstraintProblem}, each on the value's element and annotation.
 *
 * <p>{@code @Valid} on a record cascades into the record's own constraints; on a container it cascades
 * into the records inside (as Bean Validation's legacy form does). Cascades are read as written;
 * {@link #prune} later drops those into records that have nothing to check.
 *
 * <pre>{@code
 * ConstraintRead read = reader.read(parameter, "parameter 'limit' of OrderApi.list",
 *         parameter.getAnnotationMirrors(), parameter.asType(), valueType);
 * }</pre>
 */
public final class ConstraintReader {
    public static final String VALID = "jakarta.validation.Valid";
    private static final String PACKAGE = ConstraintParser.PACKAGE;
    private static final String CONSTRAINT = "jakarta.validation.Constraint";

    /**
     * @param element  the parameter or record component errors are reported on
     * @param subject  how messages name it: {@code parameter 'limit' of OrderApi.list}
     * @param declared its declaration annotations
     * @param type     its type as written, whose type arguments carry element constraints
     * @param read     its type as Kiln reads it
     */
    public ConstraintRead read(Element element, String subject, List<? extends AnnotationMirror> declared,
                               TypeMirror type, ValueType read) {
        List<AnnotationMirror> top = new ArrayList<>(declared);
        Set<String> declaredTypes = new HashSet<>();
        Set<String> declaredTexts = new HashSet<>();
        for (AnnotationMirror mirror : declared) {
            declaredTypes.add(Annotations.nameOf(mirror));
            declaredTexts.add(mirror.toString());
        }
        // java.util.@NotEmpty List<String> is a type annotation only; @NotEmpty List<String> is both.
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (!declaredTypes.contains(Annotations.nameOf(mirror))) {
                top.add(mirror);
            }
        }
        Reading reading = new Reading(element, subject, declaredTexts);
        Constraints constraints = reading.level(top, type, read, "", null, "", true);
        return reading.parser.problems().isEmpty()
                ? new ConstraintRead.Ok(constraints)
                : new ConstraintRead.Failed(reading.parser.problems());
    }

    /** {@code constraints} of a value of {@code type} without cascades into records {@code validated} rejects. */
    public static Constraints prune(Constraints constraints, ValueType type, Predicate<ClassName> validated) {
        if (constraints.isEmpty()) {
            return constraints;
        }
        if (type instanceof ValueType.OptionalOf optional) {
            return prune(constraints, optional.element(), validated);
        }
        boolean cascade = constraints.cascade() && type instanceof ValueType.RecordRef record
                && validated.test(record.typeName());
        Optional<Constraints> elements = constraints.elements().map(e -> prune(e, elementType(type), validated));
        return new Constraints(constraints.checks(), cascade, elements);
    }

    /** Whether {@code constraints} check something, given which records have validators. */
    public static boolean checksSomething(Constraints constraints, ValueType type, Predicate<ClassName> validated) {
        return !prune(constraints, type, validated).isEmpty();
    }

    private static ValueType elementType(ValueType type) {
        return switch (type) {
            case ValueType.ListOf list -> list.element();
            case ValueType.SetOf set -> set.element();
            case ValueType.ArrayOf array -> array.element();
            case ValueType.MapOf map -> map.value();
            default -> throw new IllegalArgumentException(type.typeName() + " has no elements");
        };
    }

    /** One value's reading: where errors go, and the errors found. */
    private static final class Reading {
        private final ConstraintParser parser;
        private final String subject;
        private final Set<String> declaredTexts;

        Reading(Element element, String subject, Set<String> declaredTexts) {
            this.parser = new ConstraintParser(element);
            this.subject = subject;
            this.declaredTexts = declaredTexts;
        }

        /**
         * The constraints of one level of a type.
         *
         * @param position  {@code ""}, or {@code "the elements of "} and the like for inner levels
         * @param inherited a {@code @Valid} on an enclosing container, cascading into the records inside
         * @param inheritedWhere where that {@code @Valid} is, for messages
         */
        Constraints level(List<AnnotationMirror> annotations, TypeMirror type, ValueType read, String position,
                          AnnotationMirror inherited, String inheritedWhere, boolean outermost) {
            String where = position + subject;
            AnnotationMirror valid = inherited;
            List<AnnotationMirror> constraints = new ArrayList<>();
            for (AnnotationMirror mirror : unwrapLists(annotations)) {
                String name = Annotations.nameOf(mirror);
                if (name.equals(VALID)) {
                    valid = mirror;
                } else if (name.startsWith(PACKAGE) || isCustomConstraint(mirror)) {
                    constraints.add(mirror);
                }
            }

            if (read instanceof ValueType.OptionalOf optional) {
                // The Optional's constraints are its value's, together with those on its type argument.
                TypeMirror inner = argument(type, 0);
                String value = inner == null ? optional.element().typeName().toString() : TypeDescriptions.describe(inner);
                List<AnnotationMirror> content = new ArrayList<>();
                for (AnnotationMirror mirror : constraints) {
                    if (Annotations.nameOf(mirror).equals(PACKAGE + "NotNull")) {
                        parser.notApplicable(mirror, "@NotNull on " + where + " does not apply to "
                                + TypeDescriptions.describe(type) + ": an Optional is never null, and an empty one"
                                + " passes every constraint. Remove @NotNull, or declare " + value
                                + " instead of the Optional to make the value required.");
                    } else {
                        content.add(mirror);
                    }
                }
                if (inner != null) {
                    content.addAll(inner.getAnnotationMirrors());
                }
                return level(content, inner == null ? type : inner, optional.element(), position, valid,
                        valid == inherited ? inheritedWhere : where, false);
            }

            List<Constraint> checks = new ArrayList<>();
            for (AnnotationMirror mirror : constraints) {
                parser.parse(mirror, type, read, where).ifPresent(checks::add);
            }

            boolean cascade = false;
            AnnotationMirror passDown = null;
            switch (read) {
                case ValueType.RecordRef record -> cascade = valid != null;
                case ValueType.ListOf list -> passDown = valid;
                case ValueType.SetOf set -> passDown = valid;
                case ValueType.ArrayOf array -> passDown = valid;
                case ValueType.MapOf map -> passDown = valid;
                default -> {
                    if (valid != null) {
                        String target = valid == inherited ? inheritedWhere : where;
                        parser.notApplicable(valid, "@Valid on " + target + " has nothing to cascade into: "
                                + TypeDescriptions.describe(type) + " is not a record. @Valid applies to records,"
                                + " and to List, Set, Map, Optional and arrays of records; remove it.");
                    }
                }
            }
            Optional<Constraints> elements = elements(type, read, position, passDown,
                    valid == inherited ? inheritedWhere : where, outermost);
            return new Constraints(checks, cascade, elements);
        }

        private Optional<Constraints> elements(TypeMirror type, ValueType read, String position,
                                               AnnotationMirror valid, String validWhere, boolean outermost) {
            TypeMirror inner;
            ValueType innerRead;
            String innerPosition;
            switch (read) {
                case ValueType.ListOf list -> {
                    inner = argument(type, 0);
                    innerRead = list.element();
                    innerPosition = "the elements of " + position;
                }
                case ValueType.SetOf set -> {
                    inner = argument(type, 0);
                    innerRead = set.element();
                    innerPosition = "the elements of " + position;
                }
                case ValueType.ArrayOf array -> {
                    inner = type instanceof ArrayType arrayType ? arrayType.getComponentType() : null;
                    innerRead = array.element();
                    innerPosition = "the elements of " + position;
                }
                case ValueType.MapOf map -> {
                    TypeMirror key = argument(type, 0);
                    if (key != null) {
                        for (AnnotationMirror mirror : key.getAnnotationMirrors()) {
                            if (isConstraintOrValid(mirror)) {
                                parser.notSupported(mirror, null, "@" + Annotations.simpleNameOf(mirror) + " on the keys of "
                                        + position + subject + " is not supported: Kiln checks the values of a Map,"
                                        + " not its keys. Check the keys in the service, or remove it.");
                            }
                        }
                    }
                    inner = argument(type, 1);
                    innerRead = map.value();
                    innerPosition = "the values of " + position;
                }
                default -> {
                    return Optional.empty();
                }
            }
            List<AnnotationMirror> annotations = new ArrayList<>();
            if (inner != null) {
                for (AnnotationMirror mirror : inner.getAnnotationMirrors()) {
                    // @Size String[] puts @Size on the array's declaration and on String as a type: it is the array's.
                    if (!(outermost && read instanceof ValueType.ArrayOf && declaredTexts.contains(mirror.toString()))) {
                        annotations.add(mirror);
                    }
                }
            }
            Constraints constraints = level(annotations, inner == null ? type : inner, innerRead, innerPosition, valid,
                    validWhere, false);
            return constraints.isEmpty() ? Optional.empty() : Optional.of(constraints);
        }

    }

    /** {@code @Size.List({...})} and the like, unwrapped into the annotations they hold. */
    private static List<AnnotationMirror> unwrapLists(List<AnnotationMirror> annotations) {
        List<AnnotationMirror> all = new ArrayList<>();
        for (AnnotationMirror mirror : annotations) {
            String name = Annotations.nameOf(mirror);
            if (name.startsWith(PACKAGE) && name.endsWith(".List")) {
                Annotations.value(mirror, "value").ifPresent(v -> {
                    if (v.getValue() instanceof List<?> list) {
                        for (Object item : list) {
                            if (item instanceof AnnotationValue inner && inner.getValue() instanceof AnnotationMirror m) {
                                all.add(m);
                            }
                        }
                    }
                });
            } else {
                all.add(mirror);
            }
        }
        return all;
    }

    private static boolean isConstraintOrValid(AnnotationMirror mirror) {
        String name = Annotations.nameOf(mirror);
        return name.equals(VALID) || name.startsWith(PACKAGE) || isCustomConstraint(mirror);
    }

    private static boolean isCustomConstraint(AnnotationMirror mirror) {
        TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
        return Annotations.has(type, CONSTRAINT);
    }

    private static TypeMirror argument(TypeMirror type, int index) {
        if (type instanceof DeclaredType declared && declared.getTypeArguments().size() > index) {
            return declared.getTypeArguments().get(index);
        }
        return null;
    }

}
