package dev.kiln.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A {@code @Service} interface.
 *
 * @param iface    the interface
 * @param name     the logical service name
 * @param basePath the {@code @Path} value, normalised to start with {@code /} and not end with one
 * @param routes   routes in declaration order
 */
public record ServiceModel(ClassName iface, String name, String basePath, List<RouteModel> routes) {

    /** {@code <Interface>Router}, next to the interface. */
    public ClassName routerName() {
        return Names.sibling(iface, "Router");
    }

    /** {@code <Interface>Client}, next to the interface. */
    public ClassName clientName() {
        return Names.sibling(iface, "Client");
    }
}
