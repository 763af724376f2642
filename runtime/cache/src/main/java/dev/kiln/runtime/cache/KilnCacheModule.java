package dev.kiln.runtime.cache;

import dagger.Module;

/** Caching for an application's graph: {@link Caches} from {@code kiln.cache.*}, its health and {@code /kiln/caches}. */
@Module
public abstract class KilnCacheModule {
    private KilnCacheModule() {}
}
