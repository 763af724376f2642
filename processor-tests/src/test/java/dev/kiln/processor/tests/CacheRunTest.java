package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.runtime.cache.Caches;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.data.Database;
import dev.kiln.runtime.data.Transactions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The generated cache layers run: {@code run/caching}'s {@code InventoryIntercepted}, compiled with Kiln, called as an
 * application would against the real runtime (Caffeine, and transactions on H2). A hit does not run the method, a
 * call of the class to itself is cached (a subclass, not a proxy), 50 concurrent misses of one key run it once, an
 * eviction inside a transaction waits for the commit and is dropped on rollback. (The test loads the compiled
 * classes by reflection only because they exist in memory; the generated code uses none.)
 */
class CacheRunTest {

    @Test
    @SuppressWarnings("unchecked")
    void theGeneratedCacheLayersCacheLoadOnceAndEvictAfterCommit() throws ReflectiveOperationException {
        Compilation compilation = Kiln.alone().compile(JavaFileObjects.forResource("run/caching/Inventory.java"),
                JavaFileObjects.forResource("run/caching/Exercise.java"));
        assertThat(compilation).succeededWithoutWarnings();
        BiFunction<Caches, Transactions, List<String>> exercise = (BiFunction<Caches, Transactions, List<String>>)
                new CompiledClasses(compilation, getClass().getClassLoader()).loadClass("runcaching.Exercise")
                        .getConstructor().newInstance();
        Database database = Database.create(KilnConfig.of(Map.of("kiln.datasource.url",
                "jdbc:h2:mem:cache-run;MODE=PostgreSQL;DB_CLOSE_DELAY=-1")));
        database.start();
        Caches caches = Caches.create(KilnConfig.of(Map.of()), Optional.of(database.transactions()));
        try {
            assertEquals(List.of(
                    "miss: 3, loads 1",
                    "hit: 3, loads 1",
                    "self-call: 8, loads 2",
                    "50 concurrent misses: loads 1",
                    "sell rolled back: rolled back",
                    "after rollback, a hit: loads 3",
                    "after commit, a miss: loads 4"), exercise.apply(caches, database.transactions()));
        } finally {
            caches.stop();
            database.stop();
        }
    }
}
