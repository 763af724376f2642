package clock;

import dagger.Module;
import dagger.Provides;
import dev.kiln.runtime.validation.ValidationClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

@Module
public interface FixedClock {
    @Provides
    @ValidationClock
    static Clock validationClock() {
        return Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    }
}
