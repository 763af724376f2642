package dev.kiln.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.kiln.codegen.model.Constraints;
import dev.kiln.codegen.model.EnumModel;
import dev.kiln.codegen.model.Names;
import dev.kiln.codegen.model.RecordModel;
import dev.kiln.codegen.model.ScalarKind;
import dev.kiln.codegen.model.ValueType;
import dev.kiln.processor.read.TypeProblem.ComponentSegment;
import dev.kiln.processor.read.TypeProblem.ElementSegment;
import dev.kiln.processor.read.TypeProblem.MapValueSegment;
import dev.kiln.processor.read.TypeProblem.RecordSegment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Turns {@code TypeMirror}s into {@link ValueType}s for one use (path, query or header parameter, JSON
 * body or result), and collects a {@link RecordModel} or {@link EnumModel} for every record and enum it
 * reaches, recursively. Records that refer to themselves (directly or through others) are fine: a record
 * met again while it is being read is referred to by name.
 *
 * <pre>{@code
 * TypeRead read = types.readJson(parameter.asType());
 * if (read instanceof TypeRead.Ok ok) { ... ok.type() ... types.reachable(List.of(ok.type())) ... }
 * }</pre>
 */
public final class TypeReader {
    private static final String SCALARS = "primitives and their boxes, String, enums, UUID, BigDecimal, BigInteger,"
            + " LocalDate, LocalDateTime, OffsetDateTime, Instant, Duration";
    private static final String JSON = "records, " + SCALARS + ", byte[], and List, Set, Map<String, V>, Optional and"
            + " arrays of those";
    public static final String SUPPORTED_PATH = "a path parameter is one of: " + SCALARS;
    public static final String SUPPORTED_TEXT = "query parameters and headers are one of: " + SCALARS
            + ", or Optional, List or Set of those";
    public static final String SUPPORTED_JSON = "JSON supports " + JSON;
    public static final String SUPPORTED_RESULT = "a result is void, or what JSON supports: " + JSON;

    private static final Map<String, ScalarKind> BOXES_AND_VALUES = Map.ofEntries(
            Map.entry("java.lang.Boolean", ScalarKind.BOOLEAN),
            Map.entry("java.lang.Byte", ScalarKind.BYTE),
            Map.entry("java.lang.Short", ScalarKind.SHORT),
            Map.entry("java.lang.Integer", ScalarKind.INT),
            Map.entry("java.lang.Long", ScalarKind.LONG),
            Map.entry("java.lang.Float", ScalarKind.FLOAT),
            Map.entry("java.lang.Double", ScalarKind.DOUBLE),
            Map.entry("java.lang.Character", ScalarKind.CHAR),
            Map.entry("java.lang.String", ScalarKind.STRING),
            Map.entry("java.util.UUID", ScalarKind.UUID),
            Map.entry("java.math.BigDecimal", ScalarKind.BIG_DECIMAL),
            Map.entry("java.math.BigInteger", ScalarKind.BIG_INTEGER),
            Map.entry("java.time.LocalDate", ScalarKind.LOCAL_DATE),
            Map.entry("java.time.LocalDateTime", ScalarKind.LOCAL_DATE_TIME),
            Map.entry("java.time.OffsetDateTime", ScalarKind.OFFSET_DATE_TIME),
            Map.entry("java.time.Instant", ScalarKind.INSTANT),
            Map.entry("java.time.Duration", ScalarKind.DURATION));

    private final Sources sources;
    private final Map<ClassName, RecordModel> records = new LinkedHashMap<>();
    private final Map<ClassName, EnumModel> enums = new LinkedHashMap<>();
    private final Map<ClassName, TypeProblem> failedRecords = new LinkedHashMap<>();
    private final Set<ClassName> inProgress = new HashSet<>();
    private final ConstraintReader constraints = new ConstraintReader();
    private final Map<ClassName, List<ConstraintProblem>> constraintProblems = new LinkedHashMap<>();
    private final Cascades cascades;

    public TypeReader(Sources sources) {
        this.sources = sources;
        this.cascades = new Cascades(records, r -> sources.exists(Names.validator(r).canonicalName()));
    }

    /** A {@code @PathParam}: a single scalar. */
    public TypeRead readPath(TypeMirror type) {
        return scalar(type, SUPPORTED_PATH)
                .<TypeRead>map(TypeRead.Ok::new)
                .orElseGet(() -> unsupported(type, "", SUPPORTED_PATH));
    }

    /** A {@code @QueryParam} or {@code @Header}: a scalar, or {@code Optional}, {@code List} or {@code Set} of one. */
    public TypeRead readText(TypeMirror type) {
        Optional<ValueType.Scalar> single = scalar(type, SUPPORTED_TEXT);
        if (single.isPresent()) {
            return new TypeRead.Ok(single.get());
        }
        if (type instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
            String container = qualifiedName(declared);
            Optional<ValueType.Scalar> element = scalar(declared.getTypeArguments().getFirst(), SUPPORTED_TEXT);
            if (element.isPresent()) {
                switch (container) {
                    case "java.util.Optional" -> { return new TypeRead.Ok(new ValueType.OptionalOf(element.get())); }
                    case "java.util.List" -> { return new TypeRead.Ok(new ValueType.ListOf(element.get())); }
                    case "java.util.Set" -> { return new TypeRead.Ok(new ValueType.SetOf(element.get())); }
                    default -> { }
                }
            }
        }
        return unsupported(type, "", SUPPORTED_TEXT);
    }

    /** A {@code @Body} or a record component: anything JSON can carry. */
    public TypeRead readJson(TypeMirror type) {
        return closed(json(type, SUPPORTED_JSON));
    }

    /** A method's return type: {@code void} or anything JSON can carry. */
    public TypeRead readResult(TypeMirror type) {
        if (type.getKind() == TypeKind.VOID) {
            return new TypeRead.Ok(new ValueType.Void());
        }
        return closed(json(type, SUPPORTED_RESULT));
    }

    /** The records and enums {@code types} reach, each once, in the order they were first met. */
    public Reachable reachable(Collection<ValueType> types) {
        Map<ClassName, RecordModel> reachedRecords = new LinkedHashMap<>();
        Map<ClassName, EnumModel> reachedEnums = new LinkedHashMap<>();
        Deque<ValueType> work = new ArrayDeque<>(types);
        while (!work.isEmpty()) {
            switch (work.removeFirst()) {
                case ValueType.Scalar s when s.kind() == ScalarKind.ENUM -> {
                    ClassName name = (ClassName) s.typeName();
                    EnumModel model = enums.get(name);
                    if (model != null) {
                        reachedEnums.putIfAbsent(name, model);
                    }
                }
                case ValueType.RecordRef r -> {
                    RecordModel model = records.get(r.typeName());
                    if (model != null && reachedRecords.putIfAbsent(r.typeName(), cascades.prune(model)) == null) {
                        model.components().forEach(c -> work.addLast(c.type()));
                    }
                }
                case ValueType.ListOf l -> work.addLast(l.element());
                case ValueType.SetOf s -> work.addLast(s.element());
                case ValueType.MapOf m -> work.addLast(m.value());
                case ValueType.OptionalOf o -> work.addLast(o.element());
                case ValueType.ArrayOf a -> work.addLast(a.element());
                default -> { }
            }
        }
        return new Reachable(List.copyOf(reachedRecords.values()), List.copyOf(reachedEnums.values()));
    }

    /** Records and enums reached from a set of signatures; records' cascades lead only to records with validators. */
    public record Reachable(List<RecordModel> records, List<EnumModel> enums) {}

    /**
     * The constraints of a route parameter whose type read as {@code read}: those declared on it, on its
     * type arguments, and {@code @Valid}, cascading only into records that have something to check.
     */
    public ConstraintRead readConstraints(VariableElement parameter, String subject, ValueType read) {
        ConstraintRead result = constraints.read(parameter, subject, parameter.getAnnotationMirrors(),
                parameter.asType(), read);
        return result instanceof ConstraintRead.Ok ok ? new ConstraintRead.Ok(cascades.prune(ok.constraints(), read))
                : result;
    }

    /** What is wrong with the constraints of the records {@code types} reach, each record's in component order. */
    public List<ConstraintProblem> constraintProblems(Collection<ValueType> types) {
        List<ConstraintProblem> problems = new ArrayList<>();
        for (RecordModel record : reachable(types).records()) {
            problems.addAll(constraintProblems.getOrDefault(record.type(), List.of()));
        }
        return problems;
    }

    // A record read while one of the records it refers to was still being read was taken to be fine;
    // if that outer record failed after all, whoever reaches it fails too.
    private TypeRead closed(TypeRead read) {
        if (read instanceof TypeRead.Ok ok) {
            Deque<ValueType> work = new ArrayDeque<>(List.of(ok.type()));
            Set<ClassName> seen = new HashSet<>();
            while (!work.isEmpty()) {
                switch (work.removeFirst()) {
                    case ValueType.RecordRef r -> {
                        TypeProblem failed = failedRecords.get(r.typeName());
                        if (failed != null) {
                            return new TypeRead.Failed(failed);
                        }
                        RecordModel model = records.get(r.typeName());
                        if (model != null && seen.add(r.typeName())) {
                            model.components().forEach(c -> work.addLast(c.type()));
                        }
                    }
                    case ValueType.ListOf l -> work.addLast(l.element());
                    case ValueType.SetOf s -> work.addLast(s.element());
                    case ValueType.MapOf m -> work.addLast(m.value());
                    case ValueType.OptionalOf o -> work.addLast(o.element());
                    case ValueType.ArrayOf a -> work.addLast(a.element());
                    default -> { }
                }
            }
        }
        return read;
    }

    private TypeRead json(TypeMirror type, String supported) {
        Optional<ValueType.Scalar> scalar = scalar(type, supported);
        if (scalar.isPresent()) {
            return new TypeRead.Ok(scalar.get());
        }
        if (type instanceof ArrayType array) {
            if (array.getComponentType().getKind() == TypeKind.BYTE) {
                return new TypeRead.Ok(new ValueType.Bytes());
            }
            return switch (json(array.getComponentType(), supported)) {
                case TypeRead.Ok ok -> new TypeRead.Ok(new ValueType.ArrayOf(ok.type()));
                case TypeRead.Failed f -> new TypeRead.Failed(f.problem().under(new ElementSegment()));
            };
        }
        if (!(type instanceof DeclaredType declared)) {
            return unsupported(type, "", supported);
        }
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getKind() == ElementKind.RECORD) {
            return record(declared, element, supported);
        }
        String name = element.getQualifiedName().toString();
        List<? extends TypeMirror> args = declared.getTypeArguments();
        switch (name) {
            case "java.util.List", "java.util.Set", "java.util.Optional" -> {
                if (args.size() != 1) {
                    return unsupported(type, "give " + element.getSimpleName() + " a type argument, e.g. "
                            + element.getSimpleName() + "<String>", supported);
                }
                if (args.getFirst().getKind() == TypeKind.WILDCARD) {
                    return unsupported(type, "a wildcard cannot be decoded: name the element type, e.g. "
                            + element.getSimpleName() + "<Line>", supported);
                }
                TypeRead inner = json(args.getFirst(), supported);
                if (inner instanceof TypeRead.Failed f) {
                    return name.equals("java.util.Optional")
                            ? f
                            : new TypeRead.Failed(f.problem().under(new ElementSegment()));
                }
                ValueType e = ((TypeRead.Ok) inner).type();
                return new TypeRead.Ok(switch (name) {
                    case "java.util.List" -> new ValueType.ListOf(e);
                    case "java.util.Set" -> new ValueType.SetOf(e);
                    default -> new ValueType.OptionalOf(e);
                });
            }
            case "java.util.Map" -> {
                if (args.size() != 2) {
                    return unsupported(type, "give Map its type arguments, e.g. Map<String, Integer>", supported);
                }
                if (!qualifiedName(args.get(0)).equals("java.lang.String")) {
                    return unsupported(type, "JSON object keys are text: use Map<String, V>", supported);
                }
                if (args.get(1).getKind() == TypeKind.WILDCARD) {
                    return unsupported(type, "a wildcard cannot be decoded: name the value type, e.g."
                            + " Map<String, Line>", supported);
                }
                return switch (json(args.get(1), supported)) {
                    case TypeRead.Ok ok -> new TypeRead.Ok(new ValueType.MapOf(ok.type()));
                    case TypeRead.Failed f -> new TypeRead.Failed(f.problem().under(new MapValueSegment()));
                };
            }
            default -> {
                return unsupported(type, notARecord(element), supported);
            }
        }
    }

    /**
     * What to write instead of a class or interface of the application's own: a record, spelt out from the class's
     * instance fields where it has some ({@code record NewOrder(String customer, long quantity) {}}).
     */
    private static String notARecord(TypeElement element) {
        String name = element.getQualifiedName().toString();
        if (name.startsWith("java.") || name.startsWith("javax.")) {
            return "";
        }
        String simple = element.getSimpleName().toString();
        if (element.getKind() == ElementKind.INTERFACE) {
            return simple + " is an interface, which JSON cannot be decoded into: make it a record";
        }
        if (element.getKind() != ElementKind.CLASS) {
            return "";
        }
        List<String> fields = new ArrayList<>();
        for (Element member : element.getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD && !member.getModifiers().contains(Modifier.STATIC)) {
                fields.add(TypeDescriptions.describe(member.asType()) + " " + member.getSimpleName());
            }
        }
        return simple + " is a class: make it a record (Kiln reads and writes a record's components, without"
                + " reflection; a class's fields and getters are not read), e.g. record " + simple + "("
                + String.join(", ", fields.isEmpty() ? List.of("String name") : fields) + ") {}";
    }

    private TypeRead record(DeclaredType type, TypeElement element, String supported) {
        if (!element.getTypeParameters().isEmpty()) {
            return unsupported(type, "generic records are not supported: use a record without type parameters",
                    supported);
        }
        if (!Sources.reachableFromPackage(element)) {
            return unsupported(type, element.getSimpleName() + " is private: make it package-private or public"
                    + " so that generated code can use it", supported);
        }
        ClassName name = ClassName.get(element);
        TypeProblem failed = failedRecords.get(name);
        if (failed != null) {
            return new TypeRead.Failed(failed);
        }
        if (records.containsKey(name) || !inProgress.add(name)) {
            return new TypeRead.Ok(new ValueType.RecordRef(name));
        }
        boolean inSource = sources.inSource(element);
        List<RecordModel.Component> components = new ArrayList<>();
        TypeProblem problem = null;
        for (RecordComponentElement component : element.getRecordComponents()) {
            String componentName = component.getSimpleName().toString();
            TypeRead read = json(component.asType(), SUPPORTED_JSON);
            if (read instanceof TypeRead.Ok ok) {
                components.add(new RecordModel.Component(componentName, ok.type(),
                        componentConstraints(element, component, ok.type())));
                continue;
            }
            TypeProblem p = ((TypeRead.Failed) read).problem()
                    .under(new RecordSegment(element.getSimpleName().toString()), new ComponentSegment(componentName));
            if (inSource && !p.onComponents()) {
                p = p.reportedOn(component);
            }
            problem = problem == null ? p : problem.and(p);
            if (!inSource) {
                break; // the user cannot edit this record: the first problem is the one to name
            }
        }
        inProgress.remove(name);
        if (problem != null) {
            failedRecords.put(name, problem);
            return new TypeRead.Failed(problem);
        }
        records.put(name, new RecordModel(name, List.copyOf(components)));
        return new TypeRead.Ok(new ValueType.RecordRef(name));
    }

    /**
     * A component's constraints as written (cascades are pruned when the record is reached). Declaration
     * annotations are read from the record's field, to which javac always copies them; problems are kept
     * for {@link #constraintProblems} and leave the component unchecked.
     */
    private Constraints componentConstraints(TypeElement record, RecordComponentElement component, ValueType type) {
        List<? extends AnnotationMirror> declared = record.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.FIELD && e.getSimpleName().equals(component.getSimpleName()))
                .findFirst()
                .map(Element::getAnnotationMirrors)
                .orElse(List.of());
        String subject = "record component " + record.getSimpleName() + "." + component.getSimpleName();
        ConstraintRead read = constraints.read(component, subject, declared, component.asType(), type);
        if (read instanceof ConstraintRead.Failed failed) {
            constraintProblems.computeIfAbsent(ClassName.get(record), r -> new ArrayList<>()).addAll(failed.problems());
        }
        return read.constraintsOrNone();
    }

    /** A single value (a primitive, its box, String, an enum, UUID, BigDecimal, a java.time type…), if it is one. */
    public Optional<ValueType.Scalar> scalar(TypeMirror type) {
        return scalar(type, "");
    }

    private Optional<ValueType.Scalar> scalar(TypeMirror type, String supported) {
        TypeName primitive = switch (type.getKind()) {
            case BOOLEAN -> TypeName.BOOLEAN;
            case BYTE -> TypeName.BYTE;
            case SHORT -> TypeName.SHORT;
            case INT -> TypeName.INT;
            case LONG -> TypeName.LONG;
            case FLOAT -> TypeName.FLOAT;
            case DOUBLE -> TypeName.DOUBLE;
            case CHAR -> TypeName.CHAR;
            default -> null;
        };
        if (primitive != null) {
            return Optional.of(ValueType.Scalar.of(ScalarKind.valueOf(type.getKind().name()), primitive));
        }
        if (!(type instanceof DeclaredType declared) || !declared.getTypeArguments().isEmpty()) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getKind() == ElementKind.ENUM) {
            if (!Sources.reachableFromPackage(element)) {
                return Optional.empty();
            }
            ClassName name = ClassName.get(element);
            enums.computeIfAbsent(name, n -> new EnumModel(n, element.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                    .map(Element::getSimpleName)
                    .map(Object::toString)
                    .toList()));
            return Optional.of(ValueType.Scalar.ofEnum(name));
        }
        ScalarKind kind = BOXES_AND_VALUES.get(element.getQualifiedName().toString());
        return kind == null ? Optional.empty() : Optional.of(ValueType.Scalar.of(kind, ClassName.get(element)));
    }

    private static TypeRead unsupported(TypeMirror type, String reason, String supported) {
        if (reason.isEmpty() && type instanceof DeclaredType d && d.asElement().getKind() == ElementKind.ENUM
                && !Sources.reachableFromPackage((TypeElement) d.asElement())) {
            reason = d.asElement().getSimpleName() + " is private: make it package-private or public so that"
                    + " generated code can use it";
        }
        return new TypeRead.Failed(TypeProblem.of(TypeDescriptions.describe(type), reason, supported));
    }

    private static String qualifiedName(TypeMirror type) {
        return type instanceof DeclaredType d ? ((TypeElement) d.asElement()).getQualifiedName().toString() : "";
    }
}
