package dev.kiln.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * How an application uses data: present when its graph injects a {@code @Repository} interface. The module binds each
 * to its generated implementation, the component includes {@code KilnDataModule} and gives {@code Database}, which
 * the entry point starts first (it stops last, after everything that queries it); the registry resource lists the
 * repositories with the tables each uses.
 *
 * @param repositories the injected repositories, by interface name
 */
public record DataWiring(List<Repository> repositories) {
    public DataWiring {
        repositories = List.copyOf(repositories);
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
