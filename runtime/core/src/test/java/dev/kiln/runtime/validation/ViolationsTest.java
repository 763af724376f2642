package dev.kiln.runtime.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.ProblemError;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void nothingAddedThrowsNothing() {
        Violations violations = new Violations();

        violations.enter("lines");
        violations.enter(0);
        violations.leave();
        violations.leave();
        violations.throwIfAny();

        assertTrue(violations.isEmpty());
    }

    @Test
    void pointersFollowEnteredComponentsIndexesAndKeysEscapedPerRfc6901() {
        Violations violations = new Violations();

        violations.add("the body itself");
        violations.add("name", "a component");
        violations.enter("lines");
        violations.add(2, "an element");
        violations.enter(3);
        violations.add("sku", "inside an element");
        violations.leave();
        violations.leave();
        violations.enter("counts");
        violations.add("a/b~c", "a map value");
        violations.leave();
        violations.add("after", "back at the top");

        assertEquals(List.of(
                ProblemError.pointer("", "the body itself"),
                ProblemError.pointer("/name", "a component"),
                ProblemError.pointer("/lines/2", "an element"),
                ProblemError.pointer("/lines/3/sku", "inside an element"),
                ProblemError.pointer("/counts/a~1b~0c", "a map value"),
                ProblemError.pointer("/after", "back at the top")), violations.errors());
    }

    @Test
    void deepNestingGrowsThePath() {
        Violations violations = new Violations();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            violations.enter(i);
            expected.append('/').append(i);
        }

        violations.add("x");

        assertEquals(expected.toString(), violations.errors().getFirst().pointer());
    }

    @Test
    void parametersAreReportedByNameAndSourceRepeatedValuesByPosition() {
        Violations violations = new Violations();

        violations.parameter(Param.query("limit"), "must be at most 100");
        violations.parameter(Param.header("X-Tag"), 1, "must not be blank");

        assertEquals(List.of(
                ProblemError.parameter("limit", "query", "must be at most 100"),
                ProblemError.parameter("X-Tag", "header", "value 2: must not be blank")), violations.errors());
    }

    @Test
    void allViolationsAreThrownAsOne400() {
        Violations violations = new Violations();
        violations.add("a", "one");

        HttpException single = assertThrows(HttpException.class, violations::throwIfAny);
        violations.parameter(Param.path("id"), "two");
        HttpException both = assertThrows(HttpException.class, violations::throwIfAny);

        assertEquals(400, single.status());
        assertEquals("Request validation failed: 1 violation", single.problem().detail());
        assertEquals("Request validation failed: 2 violations", both.problem().detail());
        assertEquals(2, both.problem().errors().size());
    }

    @Test
    void leaveWithoutEnterIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> new Violations().leave());
    }
}
