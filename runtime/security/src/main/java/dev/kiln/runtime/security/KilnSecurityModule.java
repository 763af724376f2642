package dev.kiln.runtime.security;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import jakarta.inject.Singleton;

/**
 * Authentication for an application's graph: the {@link Authenticators} configured under
 * {@code kiln.security.*}, and the {@link AuthenticationFilter} in front of every route. Kiln adds this
 * module to the generated component by itself when a served route carries a security rule or takes a
 * {@link Principal}; the application then needs {@code dev.kiln:kiln-runtime-security} on its classpath.
 *
 * <pre>{@code
 * @Component(modules = {KilnShopAppModule.class, KilnRuntimeModule.class, KilnSecurityModule.class})
 * interface KilnShopAppComponent { Set<KilnFilter> filters(); ... }
 * }</pre>
 */
@Module
public abstract class KilnSecurityModule {
    private KilnSecurityModule() {}

    /** With {@code true}, an application whose routes need a caller does not start without a scheme configured. */
    public static final String REQUIRE_SCHEME_KEY = SecuritySettings.PREFIX + "require-scheme";

    private static final System.Logger LOGGER = System.getLogger(KilnSecurityModule.class.getName());

    /**
     * The configured schemes, built once; a value that cannot be used fails the start naming its key. This module is
     * in the graph because a route needs a caller: with no scheme configured every such call would answer 401, so the
     * start says so (a WARNING), or refuses when {@value #REQUIRE_SCHEME_KEY} is true.
     */
    @Provides
    @Singleton
    static Authenticators authenticators(KilnConfig config, ApplicationDescriptor application) {
        Authenticators authenticators = Authenticators.fromConfig(config);
        if (authenticators.isEmpty()) {
            String message = "Application " + application.applicationName() + " has routes that need an"
                    + " authenticated caller, but no authentication scheme is configured (" + SecuritySettings.PREFIX
                    + "jwt.*, " + SecuritySettings.PREFIX + "basic.users, " + SecuritySettings.PREFIX + "api-key.keys):"
                    + " every call to them answers 401. Configure one (docs/security.md), or set " + REQUIRE_SCHEME_KEY
                    + "=true to refuse to start like this.";
            if (config.getBoolean(REQUIRE_SCHEME_KEY, false)) {
                throw new IllegalStateException(message);
            }
            LOGGER.log(System.Logger.Level.WARNING, message);
        }
        return authenticators;
    }

    /** Authentication as a global filter: every route sees the request's principal. */
    @Provides
    @IntoSet
    static KilnFilter authenticationFilter(Authenticators authenticators) {
        return new AuthenticationFilter(authenticators);
    }

    /** {@code kiln.management.roles} on {@code /kiln/**} and {@code /metrics}, checked like a route's rule. */
    @Provides
    @IntoSet
    static KilnFilter managementRolesFilter(KilnConfig config) {
        return ManagementRolesFilter.fromConfig(config);
    }
}
