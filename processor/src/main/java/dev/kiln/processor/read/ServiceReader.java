package dev.kiln.processor.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads a {@code @Service} / {@code @Path} interface, from source or from a class file: its name, its
 * base path and one {@link RouteInput} per abstract method, its own first in declaration order, then
 * those it inherits.
 */
public final class ServiceReader {
    private final Elements elements;
    private final RouteReader routeReader;

    public ServiceReader(Elements elements, RouteReader routeReader) {
        this.elements = elements;
        this.routeReader = routeReader;
    }

    public ServiceInput read(TypeElement iface) {
        Optional<AnnotationMirror> service = Annotations.find(iface, Annotations.SERVICE);
        Optional<AnnotationMirror> path = Annotations.find(iface, Annotations.PATH);
        String name = service.map(m -> Annotations.stringValue(m, "value")).orElse("");
        String basePath = RoutePaths.normalise(path.map(m -> Annotations.stringValue(m, "value")).orElse(""));
        DeclaredType type = (DeclaredType) iface.asType();
        String owner = iface.getSimpleName().toString();
        List<RouteInput> routes = routeMethods(iface).stream()
                .map(m -> routeReader.read(type, owner, basePath, m))
                .toList();
        return new ServiceInput(iface, service, path, name, basePath, routes, PolicyInput.read(iface));
    }

    /** The name a {@code @Service} interface declares, or {@code ""}. */
    public static String serviceName(TypeElement iface) {
        return Annotations.find(iface, Annotations.SERVICE).map(m -> Annotations.stringValue(m, "value")).orElse("");
    }

    private List<ExecutableElement> routeMethods(TypeElement iface) {
        List<ExecutableElement> own = new ArrayList<>();
        List<ExecutableElement> inherited = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(iface))) {
            Element owner = method.getEnclosingElement();
            if (!method.getModifiers().contains(Modifier.ABSTRACT) || owner.getKind() != ElementKind.INTERFACE) {
                continue; // default, static and Object's methods are not routes
            }
            (owner.equals(iface) ? own : inherited).add(method);
        }
        Comparator<ExecutableElement> declarationOrder = Comparator.comparingInt(
                m -> m.getEnclosingElement().getEnclosedElements().indexOf(m));
        own.sort(declarationOrder);
        inherited.sort(Comparator.<ExecutableElement, String>comparing(
                m -> ((TypeElement) m.getEnclosingElement()).getQualifiedName().toString())
                .thenComparing(declarationOrder));
        own.addAll(inherited);
        return own;
    }
}
