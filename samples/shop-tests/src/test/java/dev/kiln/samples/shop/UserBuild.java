package dev.kiln.samples.shop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A user's project (a folder under src/test/resources) built with real Maven — the repository's wrapper, the JDK
 * running the tests — against the installed Kiln artifacts ({@code kiln.version}, {@code kiln.local-repository}).
 *
 * <pre>{@code
 * UserBuild.copy(Path.of("src/test/resources/migrations-project"), work);
 * UserBuild.Result result = UserBuild.run(work, "compile");
 * }</pre>
 */
final class UserBuild {
    private UserBuild() {}

    /** What Maven answered: its exit code and everything it printed. */
    record Result(int exit, String output) {}

    /** Runs Maven in {@code project} with {@code arguments} (goals, options), within 5 minutes. */
    static Result run(Path project, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("kiln.mvnw"), "-B"));
        command.addAll(List.of(arguments));
        command.add("-Dkiln.version=" + System.getProperty("kiln.version"));
        String repository = System.getProperty("kiln.local-repository");
        if (repository != null && !repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "Maven did not finish");
        return new Result(process.exitValue(), output);
    }

    /** Copies the project folder {@code from} into {@code to}. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
