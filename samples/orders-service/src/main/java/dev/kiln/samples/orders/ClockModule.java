package dev.kiln.samples.orders;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;

/** The application's own bindings: the clock orders are stamped with. */
@Module
public interface ClockModule {
    @Provides
    static Clock clock() {
        return Clock.systemUTC();
    }
}
