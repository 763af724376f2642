package dev.kiln.processor.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The errors found in one subject (a service, an application), each on the element, annotation and
 * value it is about. Printed together once the subject has been checked; nothing is generated for a
 * subject whose report is not clean.
 *
 * <pre>{@code
 * ValidationReport report = new ValidationReport();
 * report.error(method, getMirror, "[KilnMissingHttpMethod] ...");
 * report.printTo(messager, printed);
 * if (report.isClean()) { ... generate ... }
 * }</pre>
 */
public final class ValidationReport {

    /** One error and where it points. {@code mirror} and {@code value} may be null. */
    public record Item(Element element, AnnotationMirror mirror, AnnotationValue value, String message) {}

    private final List<Item> items = new ArrayList<>();
    private boolean failed;

    public void error(Element element, String message) {
        items.add(new Item(element, null, null, message));
    }

    public void error(Element element, AnnotationMirror mirror, String message) {
        items.add(new Item(element, mirror, null, message));
    }

    public void error(Element element, AnnotationMirror mirror, AnnotationValue value, String message) {
        items.add(new Item(element, mirror, value, message));
    }

    /**
     * Marks the subject as failed without a message of its own: what is wrong was already reported
     * elsewhere (a record component that several services reach, say).
     */
    public void failSilently() {
        failed = true;
    }

    public boolean isClean() {
        return items.isEmpty() && !failed;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    /**
     * Prints every error not printed before. {@code printed} spans the compilation, so that a problem met
     * by several subjects (one record reached by two services) is reported once.
     */
    public void printTo(Messager messager, Set<List<Object>> printed) {
        for (Item item : items) {
            if (!printed.add(List.of(item.element(), item.message()))) {
                continue;
            }
            if (item.value() != null) {
                messager.printMessage(Diagnostic.Kind.ERROR, item.message(), item.element(), item.mirror(), item.value());
            } else if (item.mirror() != null) {
                messager.printMessage(Diagnostic.Kind.ERROR, item.message(), item.element(), item.mirror());
            } else {
                messager.printMessage(Diagnostic.Kind.ERROR, item.message(), item.element());
            }
        }
    }
}
