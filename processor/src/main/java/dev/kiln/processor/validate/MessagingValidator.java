package dev.kiln.processor.validate;

import com.palantir.javapoet.ClassName;
import dev.kiln.codegen.model.MessagingModel;
import dev.kiln.codegen.model.ValueType;
import dev.kiln.processor.read.Annotations;
import dev.kiln.processor.read.TypeRead;
import dev.kiln.processor.read.TypeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * Reads and checks an {@code @Events} / {@code @Queue} interface: {@code [KilnMessagingNotInterface]} (the
 * annotation on a class, record or enum), {@code [KilnInvalidDestination]} (a topic or queue name that is not
 * lower-case letters, digits, {@code .}, {@code -}, {@code _} starting with a letter),
 * {@code [KilnInvalidMessageMethod]} (a method that does not return void or does not take exactly one record or
 * enum), {@code [KilnUnsupportedType]} / {@code [KilnUnencodableComponent]} (a payload JSON cannot carry) and
 * {@code [KilnDuplicateOrderingKey]} (a payload with two {@code @OrderingKey} components).
 */
public final class MessagingValidator {
    private static final Pattern DESTINATION = Pattern.compile("[a-z][a-z0-9._-]*");

    private MessagingValidator() {}

    /** The annotation that makes {@code element} a messaging contract, {@code @Events} first. */
    public static Optional<AnnotationMirror> mirror(Element element) {
        return Annotations.find(element, Annotations.EVENTS).or(() -> Annotations.find(element, Annotations.QUEUE));
    }

    /**
     * The model of {@code element}, annotated {@code @Events} or {@code @Queue}, or empty with its errors in
     * {@code report}; the payloads' value types are added to {@code payloads} (their codecs are written).
     */
    public static Optional<MessagingModel> read(Element element, TypeReader types, ValidationReport report,
                                                List<ValueType> payloads) {
        AnnotationMirror mirror = mirror(element).orElseThrow();
        boolean queue = Annotations.nameOf(mirror).equals(Annotations.QUEUE);
        String annotation = queue ? "@Queue" : "@Events";
        if (element.getKind() != ElementKind.INTERFACE) {
            report.error(element, mirror, "[KilnMessagingNotInterface] " + annotation + " is on "
                    + element.getSimpleName() + ", a " + element.getKind().toString().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + ": put it on an interface whose methods each publish one payload,"
                    + " e.g. @Events(\"orders\") interface OrderEvents { void placed(OrderPlaced event); }.");
            return Optional.empty();
        }
        TypeElement iface = (TypeElement) element;
        String destination = Annotations.stringValue(mirror, "value");
        if (!DESTINATION.matcher(destination).matches()) {
            AnnotationValue value = Annotations.explicitValue(mirror, "value").orElse(null);
            report.error(element, mirror, value, "[KilnInvalidDestination] " + annotation + "(\"" + destination
                    + "\") on " + iface.getSimpleName() + " is not a valid " + (queue ? "queue" : "topic")
                    + " name: use lower-case letters, digits, '.', '-' and '_', starting with a letter, e.g. \""
                    + (queue ? "emails" : "orders") + "\".");
        }
        List<MessagingModel.Message> messages = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(iface.getEnclosedElements())) {
            if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
                continue; // default and static methods are the user's own
            }
            message(iface, method, types, report, payloads).ifPresent(messages::add);
        }
        if (!report.isClean()) {
            return Optional.empty();
        }
        return Optional.of(new MessagingModel(ClassName.get(iface), queue, destination, List.copyOf(messages)));
    }

    private static Optional<MessagingModel.Message> message(TypeElement iface, ExecutableElement method,
                                                            TypeReader types, ValidationReport report,
                                                            List<ValueType> payloads) {
        String display = iface.getSimpleName() + "." + method.getSimpleName();
        TypeElement payload = method.getParameters().size() == 1 ? recordOrEnum(method.getParameters().getFirst())
                : null;
        if (method.getReturnType().getKind() != TypeKind.VOID || payload == null
                || !method.getTypeParameters().isEmpty()) {
            String found = method.getReturnType().getKind() != TypeKind.VOID
                    ? "returns " + method.getReturnType()
                    : method.getParameters().size() != 1 ? "takes " + method.getParameters().size() + " parameters"
                    : !method.getTypeParameters().isEmpty() ? "is generic"
                    : "takes " + method.getParameters().getFirst().asType() + ", which is not a record or an enum";
            report.error(method, "[KilnInvalidMessageMethod] " + display + " " + found + ": a method of a messaging"
                    + " interface returns void and takes exactly one record or enum, its payload, e.g."
                    + " void placed(OrderPlaced event).");
            return Optional.empty();
        }
        VariableElement parameter = method.getParameters().getFirst();
        TypeRead read = types.readJson(parameter.asType());
        if (read instanceof TypeRead.Failed failed) {
            TypeMessages.report(report, parameter, null, parameter.asType(), failed.problem(),
                    "Parameter '" + parameter.getSimpleName() + "' of " + display, "encode %s as JSON");
            return Optional.empty();
        }
        payloads.add(((TypeRead.Ok) read).type());
        Optional<MessagingModel.OrderingKey> key = payload.getKind() == ElementKind.RECORD
                ? orderingKey(payload, report) : Optional.empty();
        return Optional.of(new MessagingModel.Message(method.getSimpleName().toString(),
                parameter.getSimpleName().toString(), ClassName.get(payload), key));
    }

    private static TypeElement recordOrEnum(VariableElement parameter) {
        if (parameter.asType() instanceof DeclaredType declared && declared.getTypeArguments().isEmpty()
                && declared.asElement() instanceof TypeElement type
                && (type.getKind() == ElementKind.RECORD || type.getKind() == ElementKind.ENUM)) {
            return type;
        }
        return null;
    }

    /** The {@code @OrderingKey} component of {@code record}; a second one is an error, reported once per record. */
    public static Optional<MessagingModel.OrderingKey> orderingKey(TypeElement record, ValidationReport report) {
        Optional<MessagingModel.OrderingKey> key = Optional.empty();
        String first = null;
        for (RecordComponentElement component : record.getRecordComponents()) {
            if (!hasOrderingKey(record, component)) {
                continue;
            }
            if (first != null) {
                report.error(component, Annotations.find(component, Annotations.ORDERING_KEY).orElse(null),
                        "[KilnDuplicateOrderingKey] " + record.getSimpleName() + " has @OrderingKey on both " + first
                        + " and " + component.getSimpleName() + ": a payload has at most one ordering key;"
                        + " keep it on one component (combine them in a record component of their own if needed).");
                return Optional.empty();
            }
            first = component.getSimpleName().toString();
            boolean string = component.asType().toString().equals("java.lang.String");
            key = Optional.of(new MessagingModel.OrderingKey(component.getAccessor().getSimpleName().toString(),
                    string));
        }
        return key;
    }

    // From source the annotation sits on the component; from a class file javac may give it on the field or accessor.
    private static boolean hasOrderingKey(TypeElement record, RecordComponentElement component) {
        if (Annotations.has(component, Annotations.ORDERING_KEY)
                || Annotations.has(component.getAccessor(), Annotations.ORDERING_KEY)) {
            return true;
        }
        return ElementFilter.fieldsIn(record.getEnclosedElements()).stream()
                .anyMatch(f -> f.getSimpleName().equals(component.getSimpleName())
                        && Annotations.has(f, Annotations.ORDERING_KEY));
    }
}
