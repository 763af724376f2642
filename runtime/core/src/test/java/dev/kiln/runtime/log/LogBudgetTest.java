package dev.kiln.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.testapp.LogCapture;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Repeated failures are logged once in full, then counted; no input writes more than the budget. */
class LogBudgetTest {
    private static final System.Logger LOGGER = System.getLogger(LogBudgetTest.class.getName());
    private final AtomicLong millis = new AtomicLong(1_000_000);
    private final InstantSource clock = () -> Instant.ofEpochMilli(millis.get());

    @Test
    void theFirstIsLoggedInFullTheRepeatsAreCountedInTheNextIntervalsLine() {
        LogBudget budget = new LogBudget(Duration.ofSeconds(10), 50, 100, clock);
        IllegalStateException failure = new IllegalStateException("boom");
        try (LogCapture log = LogCapture.of(LogBudgetTest.class.getName(), Level.INFO)) {
            assertTrue(budget.log(LOGGER, System.Logger.Level.ERROR, LogBudget.key(failure), () -> "failed 1", failure));
            for (int i = 2; i <= 1_000; i++) {
                int n = i;
                assertFalse(budget.log(LOGGER, System.Logger.Level.ERROR, LogBudget.key(failure), () -> "failed " + n, failure));
            }
            millis.addAndGet(10_000);
            assertTrue(budget.log(LOGGER, System.Logger.Level.ERROR, LogBudget.key(failure), () -> "failed again", failure));
            List<LogRecord> records = log.records();
            assertEquals(2, records.size(), log.messages().toString());
            assertNotNull(records.get(0).getThrown(), "the first in full, with its stack trace");
            assertNull(records.get(1).getThrown(), "the next without");
            assertTrue(records.get(1).getMessage().contains("999 more like it"), records.get(1).getMessage());
        }
    }

    @Test
    void theLinesPerIntervalAreABudgetForAllKinds() {
        LogBudget budget = new LogBudget(Duration.ofSeconds(10), 5, 1_000, clock);
        try (LogCapture log = LogCapture.of(LogBudgetTest.class.getName(), Level.INFO)) {
            for (int i = 0; i < 100; i++) {
                budget.log(LOGGER, System.Logger.Level.ERROR, "kind-" + i, () -> "failed", null);
            }
            assertEquals(5, log.records().size(), log.messages().toString());
            millis.addAndGet(10_000);
            budget.log(LOGGER, System.Logger.Level.ERROR, "kind-99", () -> "failed", null);
            assertTrue(log.messages().getLast().contains("95 failures of any kind not logged"), log.messages().getLast());
        }
    }

    @Test
    void kindsBeyondTheLimitShareOneKind() {
        LogBudget budget = new LogBudget(Duration.ofSeconds(10), 5, 3, clock);
        try (LogCapture log = LogCapture.of(LogBudgetTest.class.getName(), Level.INFO)) {
            for (int i = 0; i < 1_000; i++) {
                budget.log(LOGGER, System.Logger.Level.ERROR, "kind-" + i, () -> "failed", null);
            }
            assertEquals(4, log.records().size(), "three kinds remembered, the rest share one: " + log.messages());
            millis.addAndGet(10_000);
            budget.log(LOGGER, System.Logger.Level.ERROR, "kind-5000", () -> "failed", null);
            assertTrue(log.messages().getLast().contains("996 more like it"), log.messages().getLast());
        }
    }
}
