package dev.kiln.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * A {@code Lifecycle} class of an application's graph as the boot gets it.
 *
 * @param type        the class
 * @param name        its name at run time: the simple name, or the qualified name where two share one
 * @param dependsOn   the names of the components it needs (directly or through classes that are not components)
 * @param supervision how it is restarted, when {@code @Supervised}
 */
public record ComponentModel(ClassName type, String name, List<String> dependsOn,
                             Optional<SupervisionModel> supervision) {
    public ComponentModel {
        dependsOn = List.copyOf(dependsOn);
    }
}
