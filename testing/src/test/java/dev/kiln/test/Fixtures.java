package dev.kiln.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.test.app.EchoApi;
import dev.kiln.test.app.EchoApp;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Test classes that {@link KilnExtensionTest} runs through JUnit's EngineTestKit (nested, so that surefire does not
 * run them on their own). Each records what it was given in {@link #SEEN}.
 */
final class Fixtures {
    /** What the fixtures were given, in order: one entry per test method. */
    static final List<Seen> SEEN = new CopyOnWriteArrayList<>();

    /** A port is read while the application runs: a stopped server reports -1. */
    record Seen(String test, KilnHandle app, int port, String answer) {}

    private Fixtures() {}

    @KilnTest(EchoApp.class)
    static class TwoTests {
        @Test
        void first(EchoApi client, KilnHandle app) {
            assertTrue(app.isRunning());
            SEEN.add(new Seen("first", app, app.port(), client.echo("one").text()));
        }

        @Test
        void second(KilnHandle app, EchoApi client) {
            SEEN.add(new Seen("second", app, app.port(), client.echo("two").text()));
        }
    }

    @KilnTest(value = EchoApp.class, properties = "echo.prefix=Hi")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Overrides {
        private KilnHandle beforeEach;

        @BeforeEach
        void remember(KilnHandle app) {
            beforeEach = app;
        }

        @Test
        @Order(2)
        void classProperties(EchoApi client, KilnHandle app) {
            assertEquals(beforeEach, app, "@BeforeEach gets the application the method gets");
            assertFalse(SEEN.getFirst().app().isRunning(), "the method's application stopped after the method");
            SEEN.add(new Seen("class", app, app.port(), client.echo("a").text()));
        }

        @Test
        @Order(1)
        @KilnTestProperties("echo.prefix=Yo")
        void methodProperties(EchoApi client, KilnHandle app) {
            assertEquals(beforeEach, app, "@BeforeEach gets the application the method gets");
            SEEN.add(new Seen("method", app, app.port(), client.echo("b").text()));
        }
    }

    @KilnTest(EchoApp.class)
    static class ConstructorAndBeforeAll {
        private static KilnHandle beforeAll;
        private final KilnHandle constructed;

        ConstructorAndBeforeAll(KilnHandle app) {
            constructed = app;
        }

        @BeforeAll
        static void start(KilnHandle app, EchoApi client) {
            beforeAll = app;
            SEEN.add(new Seen("beforeAll", app, app.port(), client.echo("all").text()));
        }

        @Test
        void test(KilnHandle app) {
            assertSame(beforeAll, app);
            assertSame(constructed, app);
            SEEN.add(new Seen("test", app, app.port(), ""));
        }

        @Nested
        class Inner {
            @Test
            void nested(KilnHandle app) {
                SEEN.add(new Seen("nested", app, app.port(), ""));
            }
        }
    }

    @KilnTest(EchoApp.class)
    static class UnknownParameter {
        @Test
        void takesAString(String text) {
            SEEN.add(new Seen("unknown", null, 0, text));
        }
    }

    @KilnTest(EchoApp.class)
    static class UnknownLifecycleParameter {
        @BeforeEach
        void before(StringBuilder text) {
            SEEN.add(new Seen("before", null, 0, text.toString()));
        }

        @Test
        void test() {}
    }

    @KilnTest(String.class)
    static class NotAnApplication {
        @Test
        void test() {}
    }

    @KilnTest(value = EchoApp.class, properties = "echo.prefix")
    static class BadProperty {
        @Test
        void test() {}
    }
}
