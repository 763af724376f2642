package dev.kiln.processor.tests;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Transactional} where Kiln's generated subclass cannot intercept: one tagged error on the marked line
 * (the annotation, or the method a class-level annotation cannot cover), saying why and what to change.
 */
class InterceptionBadSourcesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("TransactionalFinalClass.java", "KilnInterceptedFinal",
                        List.of("@Transactional in TransactionalFinalClass", "generated subclass",
                                "remove final from the class")),
                Arguments.of("TransactionalFinalMethod.java", "KilnInterceptedFinal",
                        List.of("TransactionalFinalMethod.place()", "remove final from the method")),
                Arguments.of("TransactionalFinalUnderClass.java", "KilnInterceptedFinal",
                        List.of("@Transactional on TransactionalFinalUnderClass covers cancel()", "final")),
                Arguments.of("TransactionalPrivateMethod.java", "KilnInterceptedPrivate",
                        List.of("private method cannot be overridden", "public, protected or package-private")),
                Arguments.of("TransactionalStaticMethod.java", "KilnInterceptedStatic",
                        List.of("static method cannot be overridden", "instance method")),
                Arguments.of("TransactionalNotInjectable.java", "KilnInterceptedNotInjectable",
                        List.of("Dagger builds in its place", "@Inject constructor")),
                Arguments.of("TransactionalGeneric.java", "KilnInterceptedGeneric",
                        List.of("generic class", "no type parameters")),
                Arguments.of("TransactionalInnerClass.java", "KilnInterceptedNotAccessible",
                        List.of("extend it from its package", "static nested class")));
    }

    @ParameterizedTest(name = "{0}: [{1}]")
    @MethodSource("cases")
    void reportsOneTaggedErrorOnTheMarkedLine(String file, String tag, List<String> keyWords) {
        BadSources.assertOneTaggedErrorSaying(file, tag, keyWords);
    }
}
