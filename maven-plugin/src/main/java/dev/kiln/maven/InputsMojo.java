package dev.kiln.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Makes Kiln's processor run again when an input Maven does not watch changed. maven-compiler-plugin recompiles only
 * when a source file changed (or a class path file changed during the same build), but Kiln's output also depends on:
 * <ul>
 *   <li>the migrations: a migration edited, added or removed alone would leave the last check of every
 *   {@code @Query} standing — this goal compares them with the ones the processor last checked against
 *   ({@code META-INF/kiln/data/migrations.txt} in the class output);</li>
 *   <li>the class path: adding kiln-runtime-telemetry (or any dependency) changes what the processor generates
 *   (the telemetry SDK joins the graph), and another module rebuilt on its own changes what Dagger's generated code
 *   must call; the compiler plugin notices neither (a jar older than the build, a directory not changed during this
 *   build) — this goal compares the compile class path, each entry with its size and time, with the one it saw last
 *   ({@code target/kiln/classpath.txt}).</li>
 * </ul>
 * When either differs, it removes the compiler plugin's record of its inputs, so that the module is compiled — and
 * processed — again.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.kiln</groupId>
 *   <artifactId>kiln-maven-plugin</artifactId>
 *   <version>${kiln.version}</version>
 *   <executions><execution><goals><goal>inputs</goal></goals></execution></executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "inputs", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class InputsMojo extends AbstractMojo {
    // Where maven-compiler-plugin keeps each compile execution's list of inputs (inputFiles.lst).
    static final String COMPILER_STATUS = "maven-status/maven-compiler-plugin/compile";
    static final String CLASSPATH_RECORD = "kiln/classpath.txt";

    /** The migrations directory; the processor's {@code -Akiln.migrations} when the project sets that. */
    @Parameter(defaultValue = "${project.basedir}/src/main/resources/db/migration", property = "kiln.migrations")
    File migrations;

    /** The main class output, where the processor records the migrations it checked against. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
    File outputDirectory;

    /** The build directory, where maven-compiler-plugin keeps its status. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    /** The compile class path. */
    @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true, required = true)
    List<String> classpath;

    @Override
    public void execute() throws MojoExecutionException {
        List<String> reasons = new ArrayList<>();
        CheckedMigrations.Difference difference = CheckedMigrations.compare(
                outputDirectory.toPath().resolve(CheckedMigrations.FINGERPRINT), migrations.toPath());
        if (!difference.none()) {
            reasons.add("migrations changed since the queries were last checked (" + String.join(", ",
                    difference.changed()) + ")");
        }
        try {
            Path build = buildDirectory.toPath();
            if (classpathChanged(build, classpath, outputDirectory.toString())) {
                reasons.add("the class path changed since the last compile");
            }
            if (!reasons.isEmpty()) {
                getLog().info(capitalised(String.join("; ", reasons)) + ": the module is compiled again and Kiln's"
                        + " processor runs (every @Query checked).");
                forgetCompilerInputs(build);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot make the compiler run again: " + e.getMessage(), e);
        }
    }

    /**
     * Whether {@code classpath} (without the module's own output) differs from the one recorded under
     * {@code buildDirectory} by the last run, which it then records. False on the first run: nothing was compiled yet.
     */
    static boolean classpathChanged(Path buildDirectory, List<String> classpath, String ownOutput) throws IOException {
        List<String> now = new ArrayList<>();
        for (String entry : classpath) {
            if (!entry.equals(ownOutput)) {
                now.add(entry + " " + stamp(Path.of(entry)));
            }
        }
        Path record = buildDirectory.resolve(CLASSPATH_RECORD);
        boolean changed = Files.isRegularFile(record)
                && !Files.readAllLines(record, StandardCharsets.UTF_8).equals(now);
        Files.createDirectories(record.getParent());
        Files.write(record, now, StandardCharsets.UTF_8);
        return changed;
    }

    /**
     * What changes when a class path entry's content does: a jar's size and time; for a directory (another module of
     * the reactor, built earlier and perhaps alone), its files' count and newest time. A processor's output depends on
     * the other modules' classes (Dagger's generated factories call theirs), which the compiler plugin checks only for
     * files changed during the same build.
     */
    static String stamp(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            long newest = 0;
            long count = 0;
            try (Stream<Path> files = Files.walk(entry)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
                    count++;
                }
            }
            return count + " files, newest " + newest;
        }
        return Files.isRegularFile(entry)
                ? Files.size(entry) + " bytes, " + Files.getLastModifiedTime(entry).toMillis() : "absent";
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

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
