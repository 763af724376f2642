package dev.kiln.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Finds the module's {@code @KilnApplication} class and sets the project property {@code kiln.main.class} to its
 * binary name, so that the runnable jar's manifest and {@code exec:exec} name it without the user writing it twice.
 * The processor records every application it generated as {@code META-INF/kiln/apps/<binary name>.json} in the class
 * output; this goal reads those names, so it runs after {@code compile}. No application there is a build error that
 * names the two usual causes.
 *
 * <p>Maven evaluates a plugin's parameters when that plugin's goal runs, so {@code ${kiln.main.class}} in
 * maven-jar-plugin's configuration (package) and exec-maven-plugin's (run from the command line after
 * {@code process-classes}) reads the value set here:
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.kiln</groupId>
 *   <artifactId>kiln-maven-plugin</artifactId>
 *   <executions><execution><goals><goal>inputs</goal><goal>main-class</goal></goals></execution></executions>
 * </plugin>
 * <plugin>
 *   <groupId>org.apache.maven.plugins</groupId>
 *   <artifactId>maven-jar-plugin</artifactId>
 *   <configuration><archive><manifest><mainClass>${kiln.main.class}</mainClass></manifest></archive></configuration>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "main-class", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class MainClassMojo extends AbstractMojo {
    /** The project property this goal sets. */
    static final String PROPERTY = "kiln.main.class";
    /** Where the processor records each application it generated, under the class output. */
    static final String APPS = "META-INF/kiln/apps";

    /**
     * The application to run when the module holds several {@code @KilnApplication} classes: its binary name
     * ({@code com.acme.greeter.GreeterApp}). Not needed with one.
     */
    @Parameter(property = "kiln.application")
    String application;

    /** The main class output, where the processor writes {@code META-INF/kiln/apps/}. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
    File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String main;
        try {
            main = mainClass(outputDirectory.toPath(), application);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read " + outputDirectory + "/" + APPS + ": " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new MojoFailureException(e.getMessage());
        }
        project.getProperties().setProperty(PROPERTY, main);
        getLog().info("Main class: " + main + " (" + PROPERTY + ")");
    }

    /**
     * The binary name of the application class compiled into {@code classes}: the one there is, or {@code chosen}
     * among several.
     *
     * @throws IllegalStateException saying what to do: when there is none, when there are several and none was
     *                               chosen, or when the chosen one is not among them
     */
    static String mainClass(Path classes, String chosen) throws IOException {
        List<String> apps = applications(classes);
        if (apps.isEmpty()) {
            throw new IllegalStateException("No @KilnApplication in " + classes + ": Kiln's processor recorded no"
                    + " application in " + APPS + "/. The module must hold the class with main, annotated"
                    + " @KilnApplication (dev.kiln.KilnApplication), and compile with dev.kiln:kiln-processor in"
                    + " maven-compiler-plugin's <annotationProcessorPaths> and -proc:full (docs/getting-started.md).");
        }
        if (chosen != null && !chosen.isBlank()) {
            if (!apps.contains(chosen)) {
                throw new IllegalStateException("kiln.application=" + chosen + " is not a @KilnApplication of this"
                        + " module; its applications: " + String.join(", ", apps));
            }
            return chosen;
        }
        if (apps.size() > 1) {
            throw new IllegalStateException("Several @KilnApplication classes in " + classes + " (" + String.join(
                    ", ", apps) + "): choose the one to run with <application> in kiln-maven-plugin's configuration"
                    + " (or -Dkiln.application=...), or run mvn clean if one of them was renamed or removed.");
        }
        return apps.getFirst();
    }

    /** The binary names of the applications recorded under {@code classes}, sorted. */
    static List<String> applications(Path classes) throws IOException {
        Path apps = classes.resolve(APPS);
        if (!Files.isDirectory(apps)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(apps)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted()
                    .toList();
        }
    }
}
