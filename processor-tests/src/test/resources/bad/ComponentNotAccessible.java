package bad;

import dev.kiln.KilnApplication;

/** Its graph holds bad.hidden.Poller (compiled with it), a package-private Lifecycle its generated code cannot name. */
@KilnApplication
public final class ComponentNotAccessible {
    private ComponentNotAccessible() {}
}
