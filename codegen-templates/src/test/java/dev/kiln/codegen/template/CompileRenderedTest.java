package dev.kiln.codegen.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered sources compile with {@code -Xlint:all -Werror} against {@code kiln-runtime-core},
 * together with the user code they describe; the application's files also go through Dagger's
 * processor, which checks the module and component and writes {@code DaggerKilnShopAppComponent}.
 * The generated codecs are then run: round trips and the errors for missing properties.
 * (Routers and clients are exercised over real HTTP in {@code runtime/tests}.)
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
        UserSources.services().forEach(compiler::add);
        List<String> diagnostics = compiler.compile(work, List.of("-Xlint:all", "-Werror", "-proc:none"));
        assertEquals(List.of(), diagnostics);
    }

    @Test
    void applicationCompilesThroughDagger(@TempDir Path work) throws Exception {
        InMemoryCompiler compiler = new InMemoryCompiler();
        addServices(compiler);
        UserSources.services().forEach(compiler::add);
        UserSources.application().forEach(compiler::add);
        compiler.add(ModuleTemplate.render(Fixtures.shopApp()))
                .add(ComponentTemplate.render(Fixtures.shopApp()))
                .add(ApplicationTemplate.render(Fixtures.shopApp()));
        // -processing: javac's note that no processor claimed @Generated is about the build, not the code
        List<String> diagnostics = compiler.compile(work, List.of("-Xlint:all,-processing", "-Werror",
                "-processor", "dagger.internal.codegen.ComponentProcessor"));
        assertEquals(List.of(), diagnostics);
    }

    @Test
    @SuppressWarnings("unchecked")
    void generatedCodecsRoundTripAndReportMissingProperties(@TempDir Path work) throws Exception {
        InMemoryCompiler compiler = new InMemoryCompiler();
        addServices(compiler);
        UserSources.services().forEach(compiler::add);
        compiler.add(CodecProbe.source());
        assertEquals(List.of(), compiler.compile(work, List.of("-Xlint:all", "-Werror", "-proc:none")));

        List<String> out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.resolve("classes").toUri().toURL()},
                getClass().getClassLoader())) {
            Supplier<List<String>> probe = (Supplier<List<String>>) loader.loadClass(CodecProbe.NAME)
                    .getConstructor().newInstance();
            out = probe.get();
        }
        assertEquals("{\"id\":7,\"customer\":\"ann\",\"lines\":[{\"sku\":\"sku-1\",\"quantity\":2}]}", out.get(0),
                "an empty Optional is omitted");
        assertEquals("Order[id=7, customer=ann, note=Optional.empty, lines=[]]", out.get(1),
                "unknown properties are skipped, null Optional is empty");
        assertEquals(List.of(
                "/customer: required property 'customer' is missing or null",
                "/id: required property 'id' is missing or null",
                "/lines: required property 'lines' is missing or null",
                "/lines/0/quantity: required property 'quantity' is missing or null",
                "/quantity: expected an integer (int) but got the string \"2\"",
                "BLUE",
                "expected one of RED, GREEN, BLUE but got the string \"PURPLE\""), out.subList(2, 9));
        String everything = out.get(9);
        for (String property : List.of("\"charValue\":\"c\"", "\"enumValue\":\"GREEN\"", "\"bigdecimalValue\":1.50",
                "\"durationValue\":\"PT1M30S\"", "\"boxedchar\":\"c\"", "\"line\":{\"sku\":\"k\",\"quantity\":1}",
                "\"byName\":{\"k\":[{\"sku\":\"k\",\"quantity\":1}]}", "\"maybeTags\":[\"s\"]", "\"checksums\":[4]",
                "\"history\":[{\"sku\":\"k\",\"quantity\":1}]", "\"thumbnail\":\"AQI=\"", "\"colorLists\":[[\"GREEN\"]]",
                "\"instance\":\"s\"")) {
            assertTrue(everything.contains(property), property + " in " + everything);
        }
        assertEquals("true", out.get(10), "decoding and encoding again gives the same document");
        assertEquals("/boxedint: required property 'boxedint' is missing or null", out.get(11),
                "a null boxed component is required like any other");
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
