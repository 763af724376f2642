package dev.kiln.codegen.template;

import java.nio.file.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void dump() throws Exception {
        Path out = Path.of("target/rendered");
        Files.createDirectories(out);
        RouterTemplate.render(Fixtures.orderApi()).writeTo(out);
        ClientTemplate.render(Fixtures.orderApi()).writeTo(out);
        RouterTemplate.render(Fixtures.kitchenApi()).writeTo(out);
        ClientTemplate.render(Fixtures.kitchenApi()).writeTo(out);
        RecordCodecTemplate.render(Fixtures.everything()).writeTo(out);
        RecordCodecTemplate.render(Fixtures.order()).writeTo(out);
        EnumCodecTemplate.render(Fixtures.color()).writeTo(out);
        ModuleTemplate.render(Fixtures.shopApp()).writeTo(out);
        ComponentTemplate.render(Fixtures.shopApp()).writeTo(out);
        ApplicationTemplate.render(Fixtures.shopApp()).writeTo(out);
        Files.writeString(out.resolve("registry.json"), RegistryResourceTemplate.render(Fixtures.shopApp()));
    }
}
