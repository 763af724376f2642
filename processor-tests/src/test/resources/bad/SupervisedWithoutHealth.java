package bad;

import dev.kiln.Supervised;
import dev.kiln.runtime.lifecycle.Lifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

@Singleton
@Supervised(maxRestarts = 3) // <-- [KilnSupervisedWithoutHealth]
final class SupervisedWithoutHealth implements Lifecycle {
    @Inject
    SupervisedWithoutHealth() {}
}
