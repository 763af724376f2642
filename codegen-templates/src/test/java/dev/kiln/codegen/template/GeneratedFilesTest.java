package dev.kiln.codegen.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedFilesTest {

    private static List<JavaFile> everyTemplate() {
        return List.of(
                RouterTemplate.render(Fixtures.orderApi()),
                ClientTemplate.render(Fixtures.orderApi()),
                RecordCodecTemplate.render(Fixtures.order()),
                EnumCodecTemplate.render(Fixtures.color()),
                ModuleTemplate.render(Fixtures.shopApp()),
                ComponentTemplate.render(Fixtures.shopApp()),
                ApplicationTemplate.render(Fixtures.shopApp()));
    }

    @Test
    void everyFileIsMarkedGeneratedFirstWithOnlyTheProcessorName() {
        for (JavaFile file : everyTemplate()) {
            assertEquals("@javax.annotation.processing.Generated(\"dev.kiln.processor.KilnProcessor\")",
                    file.typeSpec().annotations().get(0).toString(), file.typeSpec().name());
            String source = file.toString();
            assertTrue(source.contains("\n    "), "four-space indent in " + file.typeSpec().name());
        }
    }

    @Test
    void withTypeKeepsPackageAndSettings() {
        JavaFile file = RouterTemplate.render(Fixtures.orderApi());
        TypeSpec changed = file.typeSpec().toBuilder().addJavadoc("More.\n").build();
        JavaFile rewrapped = GeneratedFiles.withType(file, changed);
        assertEquals("com.example", rewrapped.packageName());
        assertEquals(file.toString().replace(" * Serves {@link OrderApi} on Helidon WebServer: one handler per route.\n",
                        " * Serves {@link OrderApi} on Helidon WebServer: one handler per route.\n * More.\n"),
                rewrapped.toString());
    }

    @Test
    void refusesATypeNotBegunHere() {
        ClassName name = ClassName.get("x", "Y");
        assertThrows(IllegalStateException.class, () -> GeneratedFiles.file(name, TypeSpec.classBuilder(name)));
    }
}
