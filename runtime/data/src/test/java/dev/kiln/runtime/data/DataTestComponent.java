package dev.kiln.runtime.data;

import dagger.BindsInstance;
import dagger.Component;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.telemetry.Telemetry;
import jakarta.inject.Singleton;
import java.util.Set;
import javax.sql.DataSource;
import org.jooq.DSLContext;

/** A graph with KilnDataModule, as a generated component includes it. */
@Singleton
@Component(modules = KilnDataModule.class)
interface DataTestComponent {
    Database database();

    Transactions transactions();

    DataSource dataSource();

    DSLContext dsl();

    Set<HealthCheck> healthChecks();

    @Component.Factory
    interface Factory {
        DataTestComponent create(@BindsInstance KilnConfig config, @BindsInstance Telemetry telemetry);
    }
}
