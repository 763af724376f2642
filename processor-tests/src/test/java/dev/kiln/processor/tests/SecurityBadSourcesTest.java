package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.processor.KilnProcessor;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Misused security rules, rate limits, filters and {@code Principal} parameters: each source in
 * {@code resources/bad} holds one mistake and compiling it gives exactly one tagged error on the marked
 * line, with nothing generated over it.
 */
class SecurityBadSourcesTest {

    /** Mistakes in one service interface. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("TwoRulesOnMethod.java", "KilnConflictingSecurityRules"),
                Arguments.of("TwoRulesOnInterface.java", "KilnConflictingSecurityRules"),
                Arguments.of("EmptyRoles.java", "KilnInvalidSecurityRule"),
                Arguments.of("InvalidRateLimitWindow.java", "KilnInvalidRateLimit"),
                Arguments.of("UnknownRateLimitUnit.java", "KilnInvalidRateLimit"),
                Arguments.of("ZeroPermits.java", "KilnInvalidRateLimit"),
                Arguments.of("FinerThanAMicrosecond.java", "KilnInvalidRateLimit"),
                Arguments.of("FilterNotAFilter.java", "KilnNotAFilter"),
                Arguments.of("FilterWithoutInject.java", "KilnFilterNotInjectable"),
                Arguments.of("FilterNotPublic.java", "KilnFilterNotInjectable"),
                Arguments.of("PrincipalWithBinding.java", "KilnPrincipalParameter"),
                Arguments.of("TwoPrincipals.java", "KilnPrincipalParameter"),
                // The service is valid and its router is generated; the application demands a rule per route.
                Arguments.of("SecurityRuleMissing.java", "KilnSecurityRuleMissing"));
    }

    /** Sources compiled without a runtime module their generated router would call. */
    static Stream<Arguments> runtimeMissing() {
        return Stream.of(
                Arguments.of("SecurityRuntimeMissing.java", "KilnSecurityRuntimeMissing", "kiln-runtime-security"),
                Arguments.of("RateLimitRuntimeMissing.java", "KilnRateLimitRuntimeMissing", "kiln-runtime-ratelimit"));
    }

    @ParameterizedTest(name = "{0}: [{1}]")
    @MethodSource("cases")
    void reportsOneTaggedErrorOnTheMarkedLine(String file, String tag) {
        JavaFileObject source = JavaFileObjects.forResource("bad/" + file);

        BadSources.assertOneTaggedError(Kiln.compile(source), source, file, tag);
    }

    @ParameterizedTest(name = "{0}: [{1}]")
    @MethodSource("runtimeMissing")
    void aRuleWithoutItsRuntimeOnTheClasspathIsReportedOnTheAnnotation(String file, String tag, String artifact) {
        JavaFileObject source = JavaFileObjects.forResource("bad/" + file);

        Compilation compilation = javac().withProcessors(new KilnProcessor())
                .withOptions(Kiln.OPTIONS)
                .withClasspath(classpathWithout(artifact))
                .compile(source);

        BadSources.assertOneTaggedError(compilation, source, file, tag);
        assertThat(compilation).hadErrorContaining("needs dev.kiln:" + artifact + ", which is not on the classpath");
    }

    /** This JVM's classpath without the artifact: its jar in a repository, or its module's classes in the reactor. */
    private static List<File> classpathWithout(String artifact) {
        String module = "runtime/" + artifact.substring("kiln-runtime-".length()) + "/target/";
        List<File> classpath = new ArrayList<>();
        boolean dropped = false;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String path = entry.replace('\\', '/');
            if (path.contains("/" + artifact + "-") || path.contains(module)) {
                dropped = true;
                continue;
            }
            classpath.add(new File(entry));
        }
        if (!dropped) {
            throw new AssertionError(artifact + " is not on the test classpath: " + System.getProperty("java.class.path"));
        }
        return classpath;
    }
}
