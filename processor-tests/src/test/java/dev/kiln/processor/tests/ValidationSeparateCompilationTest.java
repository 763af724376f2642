package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.processor.KilnProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code @Valid} body whose record comes from a jar: compiled without Kiln, the record's constraints
 * (on the declaration and on type arguments) are read from its class file and its validator is generated
 * here; compiled with Kiln, the jar's validator is called and not generated again.
 */
class ValidationSeparateCompilationTest {
    @TempDir
    Path tmp;

    @Test
    void aRecordFromAPlainJarGetsItsValidatorGeneratedHere() {
        Path jar = Library.compile(tmp, List.of(), "forms/Signup.java");

        Compilation compilation = compileAgainst(jar);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(List.of("forms/SignupJsonCodec.java", "forms/SignupValidator.java", "signup/SignupApiClient.java",
                "signup/SignupApiRouter.java"), new GoldenFiles(compilation).kilnSources().stream().toList());
        String validator = new GoldenFiles(compilation).generated("forms/SignupValidator.java");
        for (String line : List.of(
                "violations.add(\"email\", \"must not be blank\");",
                "violations.add(\"email\", \"must be a well-formed email address\");",
                "violations.add(i, \"size must be at most 3\");",
                "SignupValidator.validate(referrerValue, violations);")) {
            assertTrue(validator.contains(line), line + " in\n" + validator);
        }
    }

    @Test
    void aJarCompiledWithKilnBringsItsValidator() {
        Path jar = Library.compile(tmp, List.of(new KilnProcessor()), "forms/Signup.java", "forms/FormsApi.java");
        assertTrue(Files.exists(jar.resolve("forms/SignupValidator.class")), "the jar holds the validator");

        Compilation compilation = compileAgainst(jar);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(List.of("signup/SignupApiClient.java", "signup/SignupApiRouter.java"),
                new GoldenFiles(compilation).kilnSources().stream().toList());
        assertThat(compilation).generatedSourceFile("signup.SignupApiRouter").contentsAsUtf8String()
                .contains("SignupValidator.validate(signup, violations);");
    }

    private static Compilation compileAgainst(Path jar) {
        return Compiler.javac().withProcessors(new KilnProcessor()).withOptions(Kiln.OPTIONS)
                .withClasspath(Library.classpathWith(jar))
                .compile(JavaFileObjects.forResource("good/signup/SignupApi.java"),
                        JavaFileObjects.forResource("good/signup/SignupService.java"));
    }
}
