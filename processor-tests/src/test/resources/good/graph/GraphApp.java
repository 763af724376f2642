package graph;

import dev.kiln.KilnApplication;

/** An application whose graph is reached through Provider<T> and plain injected classes. */
@KilnApplication
public final class GraphApp {
    private GraphApp() {}
}
