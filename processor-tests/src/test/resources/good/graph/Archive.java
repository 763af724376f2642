package graph;

import dev.kiln.runtime.lifecycle.Lifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

@Singleton
final class Archive implements Lifecycle {
    @Inject
    Archive() {}

    String name() {
        return "archive";
    }
}
