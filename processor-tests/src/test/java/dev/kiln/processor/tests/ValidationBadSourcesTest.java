package dev.kiln.processor.tests;

import com.google.testing.compile.JavaFileObjects;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Constraint misuse in {@code resources/bad}: a constraint on a type it cannot check (on a parameter, a
 * record component, a container's elements), {@code @Valid} with nothing to cascade into, bad attributes,
 * and what Kiln has no check for. Each gives exactly one tagged error on the marked line, and nothing is
 * generated that could fail to compile.
 */
class ValidationBadSourcesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("SizeOnInt.java", "KilnConstraintNotApplicable"),
                Arguments.of("MinOnString.java", "KilnConstraintNotApplicable"),
                Arguments.of("EmailOnInteger.java", "KilnConstraintNotApplicable"),
                Arguments.of("PastOnString.java", "KilnConstraintNotApplicable"),
                Arguments.of("DigitsOnBoolean.java", "KilnConstraintNotApplicable"),
                Arguments.of("NotBlankOnList.java", "KilnConstraintNotApplicable"),
                Arguments.of("ElementConstraintNotApplicable.java", "KilnConstraintNotApplicable"),
                Arguments.of("NotNullOnOptional.java", "KilnConstraintNotApplicable"),
                Arguments.of("NotNullOnPrimitive.java", "KilnConstraintNotApplicable"),
                Arguments.of("ValidOnScalar.java", "KilnConstraintNotApplicable"),
                Arguments.of("ValidOnListOfStrings.java", "KilnConstraintNotApplicable"),
                Arguments.of("InvalidPattern.java", "KilnInvalidConstraint"),
                Arguments.of("SizeMinAboveMax.java", "KilnInvalidConstraint"),
                Arguments.of("SizeNegative.java", "KilnInvalidConstraint"),
                Arguments.of("DigitsNegative.java", "KilnInvalidConstraint"),
                Arguments.of("DecimalMinNotANumber.java", "KilnInvalidConstraint"),
                Arguments.of("NullNotSupported.java", "KilnConstraintNotSupported"),
                Arguments.of("CustomConstraint.java", "KilnConstraintNotSupported"),
                Arguments.of("ConstraintGroups.java", "KilnConstraintNotSupported"),
                Arguments.of("MapKeyConstraint.java", "KilnConstraintNotSupported"));
    }

    @ParameterizedTest(name = "{0}: [{1}]")
    @MethodSource("cases")
    void reportsOneTaggedErrorOnTheMarkedLine(String file, String tag) {
        JavaFileObject source = JavaFileObjects.forResource("bad/" + file);

        BadSources.assertOneTaggedError(Kiln.compile(source), source, file, tag);
    }
}
