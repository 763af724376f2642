package dev.kiln.samples.shop;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kiln-maven-plugin's {@code main-class} goal, run by real Maven in a user's project that has no
 * {@code @KilnApplication} (src/test/resources/migrations-project: a repository only): the build fails and says what
 * to add, instead of packaging a jar that {@code java -jar} cannot start. The archetype's integration test covers the
 * project that has one (its jar's manifest, {@code exec:exec}).
 */
class MainClassGoalTest {
    @TempDir
    Path work;

    @Test
    void aModuleWithoutAnApplicationFailsTheBuildNamingTheFix() throws Exception {
        UserBuild.copy(Path.of("src/test/resources/migrations-project"), work);

        UserBuild.Result build = UserBuild.run(work, "process-classes", "kiln:main-class");

        assertNotEquals(0, build.exit(), build.output());
        assertTrue(build.output().contains("No @KilnApplication in " + work.toRealPath().resolve("target/classes")
                + ": Kiln's processor recorded no application in META-INF/kiln/apps/."), build.output());
        assertTrue(build.output().contains("annotated @KilnApplication (dev.kiln.KilnApplication), and compile with"
                + " dev.kiln:kiln-processor in maven-compiler-plugin's <annotationProcessorPaths> and -proc:full"),
                build.output());
    }
}
