package com.example;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;

/** The Clock the orders service injects. */
@Module
public interface ClockModule {
    @Provides
    static Clock clock() {
        return Clock.systemUTC();
    }
}
