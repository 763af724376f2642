package ${package};

import dev.kiln.KilnApplication;

/**
 * The application: Kiln generates {@code Kiln${applicationClass}}, which builds the graph, starts the server on
 * {@code server.port} (application.yaml; {@code --server.port=9090} wins) and serves every route. Its name is the
 * service's entry in the registry and its consumer group for events.
 */
@KilnApplication(name = "${rootArtifactId}")
public final class ${applicationClass} {
    private ${applicationClass}() {}

    public static void main(String[] args) {
        Kiln${applicationClass}.run(args);
    }
}
