package dev.kiln.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main class found from what the processor recorded in the class output. */
class MainClassMojoTest {
    @TempDir
    Path classes;

    @Test
    void theOneApplicationIsTheMainClass() throws IOException {
        record("com.acme.greeter.GreeterApp");
        Files.writeString(classes.resolve(MainClassMojo.APPS).resolve("notes.txt"), "not an application");

        assertEquals("com.acme.greeter.GreeterApp", MainClassMojo.mainClass(classes, null));
    }

    @Test
    void aNestedApplicationKeepsItsBinaryName() throws IOException {
        record("com.acme.Outer$GreeterApp");
        assertEquals("com.acme.Outer$GreeterApp", MainClassMojo.mainClass(classes, ""));
    }

    @Test
    void noApplicationIsAnErrorNamingTheFix() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MainClassMojo.mainClass(classes, null));
        assertTrue(e.getMessage().startsWith("No @KilnApplication in " + classes), e.getMessage());
        assertTrue(e.getMessage().contains("annotated @KilnApplication (dev.kiln.KilnApplication)"), e.getMessage());
        assertTrue(e.getMessage().contains("dev.kiln:kiln-processor in maven-compiler-plugin's"
                + " <annotationProcessorPaths> and -proc:full"), e.getMessage());
    }

    @Test
    void severalApplicationsNeedAChoice() throws IOException {
        record("com.acme.b.BApp");
        record("com.acme.a.AApp");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MainClassMojo.mainClass(classes, null));
        assertTrue(e.getMessage().contains("(com.acme.a.AApp, com.acme.b.BApp): choose the one to run with"
                + " <application>"), e.getMessage());
        assertEquals("com.acme.b.BApp", MainClassMojo.mainClass(classes, "com.acme.b.BApp"));
    }

    @Test
    void aChoiceThatIsNoApplicationIsAnError() throws IOException {
        record("com.acme.a.AApp");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MainClassMojo.mainClass(classes, "com.acme.a.Missing"));
        assertEquals("kiln.application=com.acme.a.Missing is not a @KilnApplication of this module; its"
                + " applications: com.acme.a.AApp", e.getMessage());
    }

    private void record(String app) throws IOException {
        Path apps = Files.createDirectories(classes.resolve(MainClassMojo.APPS));
        Files.writeString(apps.resolve(app + ".json"), "{\"name\": \"" + app + "\"}");
    }
}
