package dev.kiln.processor.read;

import dev.kiln.codegen.model.Names;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @KilnApplication} class as read, with the elements errors are reported on.
 *
 * @param element         the application class
 * @param mirror          its {@code @KilnApplication}
 * @param implementations every concrete class of this compilation that implements a {@code @Service}
 *                        interface, one entry per (class, interface), sorted by class then interface name
 * @param clientUses      {@code @Service} interfaces injected into the graph with no implementation in this
 *                        compilation, each with the first injection point met, sorted by interface name
 * @param lifecycle       classes of the graph that implement {@code Lifecycle}, dependencies first, each with
 *                        the components it needs; every injectable component or health check of the compilation
 *                        belongs to the graph, injected or not
 * @param healthChecks    classes of the graph that implement {@code HealthCheck}, by name
 * @param modules         the Dagger modules of {@code @KilnApplication(modules = ...)}, in declared order
 * @param subscribers     classes of the graph with a {@code @Subscribe} method, by name; every injectable one of
 *                        the compilation belongs to the graph, injected or not
 * @param messagingUses   {@code @Events} / {@code @Queue} interfaces injected into the graph (bound to their
 *                        publishers), by name
 * @param repositoryUses  {@code @Repository} interfaces injected into the graph (bound to their generated
 *                        implementations), by name
 */
public record ApplicationInput(
        TypeElement element,
        AnnotationMirror mirror,
        List<Implementation> implementations,
        List<ClientUse> clientUses,
        List<Component> lifecycle,
        List<TypeElement> healthChecks,
        List<UserModule> modules,
        List<TypeElement> subscribers,
        List<TypeElement> messagingUses,
        List<TypeElement> repositoryUses) {

    /** {@code @KilnApplication(name)}, or the name derived from the class when it is empty. */
    public String name() {
        String explicit = Annotations.stringValue(mirror, "name");
        return explicit.isEmpty() ? Names.applicationName(element.getSimpleName().toString()) : explicit;
    }

    /** {@code @KilnApplication(requireSecurityRules)}: every served route must carry a security rule. */
    public boolean requireSecurityRules() {
        return Annotations.booleanValue(mirror, "requireSecurityRules");
    }

    /**
     * The implementation that serves each interface: the first injectable one by class name. Others are
     * errors the validator reports.
     */
    public List<Implementation> servedImplementations() {
        Map<TypeElement, Implementation> first = new LinkedHashMap<>();
        for (Implementation i : implementations) {
            if (i.injectable()) {
                first.putIfAbsent(i.iface(), i);
            }
        }
        return List.copyOf(first.values());
    }

    /** A class implementing a service interface; {@code injectable} when it has an {@code @Inject} constructor. */
    public record Implementation(TypeElement implementation, TypeElement iface, boolean injectable) {}

    /** A service interface injected at {@code injectionPoint} and bound to its generated client. */
    public record ClientUse(TypeElement iface, VariableElement injectionPoint) {}

    /** A {@code Lifecycle} class and the components it needs, which start before it. */
    public record Component(TypeElement type, List<TypeElement> dependsOn) {}

    /** One class named in {@code modules}, and the annotation value that names it. */
    public record UserModule(TypeMirror type, Optional<AnnotationValue> value) {}
}
