package dev.kiln.codegen.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered sources compile with {@code -Xlint:all -Werror} against {@code kiln-runtime-core},
 * together with the user code they describe; the application's files also go through Dagger's
 * processor, which checks the module and component and writes {@code DaggerKilnShopAppComponent}.
 */
class CompileRenderedTest {

    @BeforeAll
    static void runtimeIsThere() {
        assumeTrue(InMemoryCompiler.onClassPath("dev.kiln.runtime.client.ClientCall")
                        && InMemoryCompiler.onClassPath("dev.kiln.runtime.boot.KilnBoot"),
                "kiln-runtime-core is not on the test class path yet");
    }

    @Test
    void routersClientsAndCodecsCompileWithoutWarnings(@TempDir Path work) throws Exception {
        InMemoryCompiler compiler = new InMemoryCompiler();
        addServices(compiler);
        for (Map.Entry<String, String> user : UserSources.all().entrySet()) {
            if (!user.getKey().endsWith("Service") && !user.getKey().endsWith("App")
                    && !user.getKey().endsWith("Store") && !user.getKey().endsWith("Module")) {
                compiler.add(user.getKey(), user.getValue());
            }
        }
        List<String> diagnostics = compiler.compile(work, List.of("-Xlint:all", "-Werror", "-proc:none"));
        assertEquals(List.of(), diagnostics);
    }

    @Test
    void applicationCompilesThroughDagger(@TempDir Path work) throws Exception {
        InMemoryCompiler compiler = new InMemoryCompiler();
        addServices(compiler);
        UserSources.all().forEach(compiler::add);
        compiler.add(ModuleTemplate.render(Fixtures.shopApp()))
                .add(ComponentTemplate.render(Fixtures.shopApp()))
                .add(ApplicationTemplate.render(Fixtures.shopApp()));
        // -processing: javac's note that no processor claimed @Generated is about the build, not the code
        List<String> diagnostics = compiler.compile(work, List.of("-Xlint:all,-processing", "-Werror",
                "-processor", "dagger.internal.codegen.ComponentProcessor"));
        assertEquals(List.of(), diagnostics);
    }

    private static void addServices(InMemoryCompiler compiler) {
        compiler.add(RouterTemplate.render(Fixtures.orderApi()))
                .add(ClientTemplate.render(Fixtures.orderApi()))
                .add(RouterTemplate.render(Fixtures.kitchenApi()))
                .add(ClientTemplate.render(Fixtures.kitchenApi()))
                .add(RouterTemplate.render(Fixtures.catalogApi()))
                .add(ClientTemplate.render(Fixtures.catalogApi()))
                .add(RecordCodecTemplate.render(Fixtures.order()))
                .add(RecordCodecTemplate.render(Fixtures.newOrder()))
                .add(RecordCodecTemplate.render(Fixtures.line()))
                .add(RecordCodecTemplate.render(Fixtures.everything()))
                .add(EnumCodecTemplate.render(Fixtures.color()));
    }
}
