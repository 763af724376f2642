package shop;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;

/** The application's own binding, named in @KilnApplication(modules). */
@Module
public final class ClockModule {
    private ClockModule() {}

    @Provides
    static Clock clock() {
        return Clock.systemUTC();
    }
}
