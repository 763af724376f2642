package clock;

import dev.kiln.KilnApplication;

/** An application that fixes the clock time constraints compare with. */
@KilnApplication(modules = FixedClock.class)
public final class ClockApp {
    private ClockApp() {}
}
