package dev.kiln.processor.read;

import com.palantir.javapoet.ClassName;
import dev.kiln.codegen.model.ServiceModel;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Service} / {@code @Path} interface as read, with the elements and mirrors errors are
 * reported on.
 *
 * @param element  the interface
 * @param service  its {@code @Service}, if any
 * @param path     its {@code @Path}, if any
 * @param name     the service name ({@code ""} without {@code @Service})
 * @param basePath the normalised {@code @Path} value ({@code "/"} without {@code @Path})
 * @param routes   its routes: its own abstract methods in declaration order, then inherited ones
 * @param policy   the rule, rate limit and filters written on the interface
 */
public record ServiceInput(
        TypeElement element,
        Optional<AnnotationMirror> service,
        Optional<AnnotationMirror> path,
        String name,
        String basePath,
        List<RouteInput> routes,
        PolicyInput policy) {

    /** The model of a service that passed validation. */
    public ServiceModel toModel() {
        return new ServiceModel(ClassName.get(element), name, basePath,
                routes.stream().map(route -> route.toModel(policy)).toList());
    }
}
