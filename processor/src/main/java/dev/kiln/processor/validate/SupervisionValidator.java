package dev.kiln.processor.validate;

import dev.kiln.processor.read.Annotations;
import dev.kiln.processor.read.ApplicationReader;
import dev.kiln.processor.read.SupervisionInput;
import java.time.Duration;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks a {@code @Supervised} class: the supervisor restarts a {@code Lifecycle} that Dagger builds, watching
 * its own {@code HealthCheck}, within a budget and backoff that make sense. One error per problem, on the
 * annotation (and the offending value).
 */
public final class SupervisionValidator {
    private final Elements elements;
    private final Types types;

    public SupervisionValidator(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** Reports what is wrong with {@code @Supervised} on {@code element} into {@code report}. */
    public void validate(Element element, SupervisionInput input, ValidationReport report) {
        String head = "@Supervised on " + element.getSimpleName();
        if (!(element instanceof TypeElement type) || type.getKind() != ElementKind.CLASS
                || type.getModifiers().contains(Modifier.ABSTRACT) || ApplicationReader.injectConstructor(type).isEmpty()) {
            report.error(element, input.mirror(), "[KilnSupervisedNotInjectable] " + head + ": a supervised component"
                    + " is a concrete class Dagger builds; give it an @Inject constructor (and @Singleton, so that the"
                    + " supervisor restarts the instance the rest of the graph uses).");
            return;
        }
        if (!implementsType(type, Annotations.LIFECYCLE)) {
            report.error(element, input.mirror(), "[KilnSupervisedNotLifecycle] " + head + ": only a Lifecycle"
                    + " component can be restarted; implement dev.kiln.runtime.lifecycle.Lifecycle (start and stop).");
            return;
        }
        if (!implementsType(type, Annotations.HEALTH_CHECK)) {
            report.error(element, input.mirror(), "[KilnSupervisedWithoutHealth] " + head + ": the supervisor"
                    + " restarts a component when its own health check reports DOWN; implement"
                    + " dev.kiln.runtime.health.HealthCheck too.");
            return;
        }
        checkValues(head, element, input, report);
    }

    private void checkValues(String head, Element element, SupervisionInput input, ValidationReport report) {
        String tag = "[KilnInvalidSupervision] " + head;
        if (input.maxRestarts() < 1) {
            report.error(element, input.mirror(), input.value("maxRestarts"), tag + " allows " + input.maxRestarts()
                    + " restarts: maxRestarts is how many restarts the window allows, at least 1.");
            return;
        }
        for (String member : new String[] {"within", "backoff", "maxBackoff"}) {
            String text = switch (member) {
                case "within" -> input.within();
                case "backoff" -> input.backoff();
                default -> input.maxBackoff();
            };
            Optional<Duration> parsed = switch (member) {
                case "within" -> input.withinDuration();
                case "backoff" -> input.backoffDuration();
                default -> input.maxBackoffDuration();
            };
            if (parsed.isEmpty()) {
                report.error(element, input.mirror(), input.value(member), tag + " has " + member + " = \"" + text
                        + "\", which is not a duration: write a positive whole number and a unit, ms, s, m, h or d,"
                        + " e.g. \"200ms\", \"10s\" or \"1m\".");
                return;
            }
        }
        if (input.maxBackoffDuration().orElseThrow().compareTo(input.backoffDuration().orElseThrow()) < 0) {
            report.error(element, input.mirror(), input.value("maxBackoff"), tag + " has maxBackoff = \""
                    + input.maxBackoff() + "\" below backoff = \"" + input.backoff() + "\": the wait doubles from"
                    + " backoff up to maxBackoff, so maxBackoff must be at least backoff.");
        }
    }

    private boolean implementsType(TypeElement type, String name) {
        TypeElement wanted = elements.getTypeElement(name);
        return wanted != null && types.isAssignable(types.erasure(type.asType()), types.erasure(wanted.asType()));
    }
}
