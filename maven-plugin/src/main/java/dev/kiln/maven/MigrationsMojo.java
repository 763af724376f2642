package dev.kiln.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes a changed migration re-check the module's queries. maven-compiler-plugin recompiles only when a source
 * file changed, so a migration edited, added or removed alone would leave the last check standing — and an
 * {@code @Query} that no longer matches the schema would compile. This goal runs before the compiler: when the
 * migrations differ from the ones the processor last checked against ({@code META-INF/kiln/data/migrations.txt} in
 * the class output), it removes the compiler plugin's record of its inputs, so that the module is compiled — and
 * every query checked — again.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.kiln</groupId>
 *   <artifactId>kiln-maven-plugin</artifactId>
 *   <version>${kiln.version}</version>
 *   <executions><execution><goals><goal>migrations</goal></goals></execution></executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "migrations", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class MigrationsMojo extends AbstractMojo {
    // Where maven-compiler-plugin keeps each compile execution's list of inputs (inputFiles.lst).
    static final String COMPILER_STATUS = "maven-status/maven-compiler-plugin/compile";

    /** The migrations directory; the processor's {@code -Akiln.migrations} when the project sets that. */
    @Parameter(defaultValue = "${project.basedir}/src/main/resources/db/migration", property = "kiln.migrations")
    File migrations;

    /** The main class output, where the processor records the migrations it checked against. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
    File outputDirectory;

    /** The build directory, where maven-compiler-plugin keeps its status. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        CheckedMigrations.Difference difference = CheckedMigrations.compare(
                outputDirectory.toPath().resolve(CheckedMigrations.FINGERPRINT), migrations.toPath());
        if (difference.none()) {
            return;
        }
        getLog().info("Migrations changed since the queries were last checked (" + String.join(", ",
                difference.changed()) + "): the module is compiled again and every @Query checked.");
        try {
            forgetCompilerInputs(buildDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot make the compiler run again: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes each main compile execution's {@code inputFiles.lst}: the compiler plugin then sees its inputs as
     * changed and compiles every source.
     */
    static void forgetCompilerInputs(Path buildDirectory) throws IOException {
        Path status = buildDirectory.resolve(COMPILER_STATUS);
        if (!Files.isDirectory(status)) {
            return;
        }
        try (Stream<Path> executions = Files.list(status)) {
            for (Path execution : executions.toList()) {
                Files.deleteIfExists(execution.resolve("inputFiles.lst"));
            }
        }
    }
}
