package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.processor.KilnProcessor;
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

    /**
     * Sources that serve their interface (a class implements it) compiled without a runtime module the generated
     * router would call. An interface alone is a contract and compiles without them ({@link ApiModuleTest}).
     */
    static Stream<Arguments> runtimeMissing() {
        return Stream.of(
                Arguments.of("SecurityRuntimeMissing.java", "KilnSecurityRuntimeMissing", "kiln-runtime-security"),
                Arguments.of("RateLimitRuntimeMissing.java", "KilnRateLimitRuntimeMissing", "kiln-runtime-ratelimit"),
                // jakarta.transaction-api stays on the classpath (another library may bring it): Kiln's runtime is what is missing.
                Arguments.of("TransactionalRuntimeMissing.java", "KilnDataRuntimeMissing", "kiln-runtime-data"));
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
                .withClasspath(Library.classpathWithout(Library.classpathWith(), artifact))
                .compile(source);

        BadSources.assertOneTaggedError(compilation, source, file, tag);
        assertThat(compilation).hadErrorContaining("needs dev.kiln:" + artifact + ", which is not on the classpath");
    }
}
