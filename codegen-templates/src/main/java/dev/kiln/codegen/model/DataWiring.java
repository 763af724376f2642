package dev.kiln.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * How an application uses data: present when its graph injects a {@code @Repository} interface or the compilation
 * has {@code @Transactional} classes. The module binds each repository to its generated implementation and each
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

    /** Only repositories. */
    public DataWiring(List<Repository> repositories) {
        this(repositories, List.of());
    }

    /**
     * A class whose methods run in its generated subclass:
     * {@code @Binds abstract OrderService orderService(OrderServiceIntercepted intercepted)}.
     */
    public record Intercepted(ClassName target) {
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
