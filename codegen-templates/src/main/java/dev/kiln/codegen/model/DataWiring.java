package dev.kiln.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * How an application uses data and caches: present when its graph injects a {@code @Repository} interface or the
 * compilation has classes with {@code @Transactional} or cache methods. Caches add {@code KilnCacheModule}, the
 * {@code Caches} lifecycle component and {@code /kiln/caches}; the database parts below need a repository or a
 * transactional class ({@link #usesDatabase()}). The module binds each repository to its generated implementation and each
 * transactional class to its generated subclass, the component includes {@code KilnDataModule} and gives
 * {@code Database}, which the entry point starts first (it stops last, after everything that queries it); the
 * registry resource lists the repositories with the tables each uses. With messaging too, the component adds
 * {@code KilnOutboxModule} and the entry point starts its {@code OutboxRelay} after {@code Messaging}.
 *
 * @param repositories the injected repositories, by interface name
 * @param intercepted  the classes bound to their generated subclasses, by class name
 */
public record DataWiring(List<Repository> repositories, List<Intercepted> intercepted) {
    public DataWiring {
        repositories = List.copyOf(repositories);
        intercepted = List.copyOf(intercepted);
    }

    /** Whether the application needs the database: a repository, or a transactional class. */
    public boolean usesDatabase() {
        return !repositories.isEmpty() || intercepted.stream().anyMatch(Intercepted::transactional);
    }

    /** Whether the application needs {@code Caches}: a class with cache methods. */
    public boolean usesCaches() {
        return intercepted.stream().anyMatch(Intercepted::caching);
    }

    /**
     * A class whose methods run in its generated subclass:
     * {@code @Binds abstract OrderService orderService(OrderServiceIntercepted intercepted)}.
     *
     * @param transactional whether some method runs in a transaction
     * @param caches        the names of the caches its methods use (sorted, each once): the service map lists them
     */
    public record Intercepted(ClassName target, boolean transactional, List<String> caches) {
        public Intercepted {
            caches = List.copyOf(caches);
        }

        /** Whether some method uses a cache. */
        public boolean caching() {
            return !caches.isEmpty();
        }

        public ClassName subclass() {
            return Names.intercepted(target);
        }
    }

    /**
     * An injected repository: {@code @Binds abstract OrderRepository orderRepository(OrderRepositoryImpl r)}.
     *
     * @param iface  the interface
     * @param tables the tables its queries use (empty when it comes from a jar, whose queries are not read here)
     */
    public record Repository(ClassName iface, List<String> tables) {
        public Repository {
            tables = List.copyOf(tables);
        }

        public ClassName implementationName() {
            return Names.repository(iface);
        }
    }
}
