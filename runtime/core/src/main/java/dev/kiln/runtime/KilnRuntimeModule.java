package dev.kiln.runtime;

import dagger.Module;
import dagger.Provides;
import dev.kiln.runtime.registry.InMemoryServiceRegistry;
import dev.kiln.runtime.registry.ServiceRegistry;
import jakarta.inject.Singleton;

/**
 * The runtime's bindings for an application's Dagger component; generated components list it in
 * their modules.
 *
 * <pre>{@code
 * @Component(modules = {KilnShopAppModule.class, KilnRuntimeModule.class})
 * interface KilnShopAppComponent { ServiceRegistry serviceRegistry(); ... }
 * }</pre>
 */
@Module
public final class KilnRuntimeModule {
    private KilnRuntimeModule() {}

    /** One in-memory registry per application component. */
    @Provides
    @Singleton
    static ServiceRegistry serviceRegistry() {
        return new InMemoryServiceRegistry();
    }
}
