package dev.kiln.processor.validate;

import dev.kiln.processor.read.TypeDescriptions;
import dev.kiln.processor.read.TypeProblem;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * Reports a {@link TypeProblem}: on each bad record component compiled in this compilation, or else on
 * the element that uses the type, naming the path to the bad part.
 */
final class TypeMessages {
    private TypeMessages() {}

    /**
     * @param subject how the user of the type is named: {@code Parameter 'order' of OrderApi.create}
     * @param use     what Kiln would do with it: {@code encode %s as JSON}, {@code bind %s as a query parameter}
     */
    static void report(ValidationReport report, Element element, AnnotationMirror mirror, TypeMirror declared,
                       TypeProblem problem, String subject, String use) {
        if (problem.onComponents()) {
            for (TypeProblem.ComponentProblem c : problem.components()) {
                report.error(c.component(), componentMessage(c));
            }
            return;
        }
        String what = problem.path().isEmpty() ? problem.found() : problem.path() + ", of type " + problem.found() + ",";
        String message = "[KilnUnsupportedType] " + subject + " has type " + TypeDescriptions.describe(declared)
                + ": Kiln cannot " + use.formatted(what) + reason(problem.reason()) + ". "
                + capitalised(problem.supported()) + ".";
        if (mirror != null) {
            report.error(element, mirror, message);
        } else {
            report.error(element, message);
        }
    }

    private static String componentMessage(TypeProblem.ComponentProblem c) {
        String component = componentPath(c.path());
        String head = component.equals(c.path())
                ? "Record component " + component + " has type " + c.found() + ", which Kiln cannot encode as JSON"
                : "Record component " + component + " cannot be encoded as JSON: " + c.path() + " has type " + c.found();
        return "[KilnUnencodableComponent] " + head + reason(c.reason()) + ". " + capitalised(c.supported())
                + "; change the component's type.";
    }

    // "Line.tags[]" → "Line.tags": the record and component the path starts with.
    private static String componentPath(String path) {
        int dot = path.indexOf('.');
        int end = dot;
        while (end + 1 < path.length() && Character.isJavaIdentifierPart(path.charAt(end + 1))) {
            end++;
        }
        return path.substring(0, end + 1);
    }

    private static String reason(String reason) {
        return reason.isEmpty() ? "" : "; " + reason;
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
