package dev.kiln.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.kiln.runtime.boot.KilnHandle;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The extension, run the way JUnit runs it: the fixtures in {@link Fixtures} through the Jupiter engine. */
class KilnExtensionTest {

    @BeforeEach
    void clear() {
        Fixtures.SEEN.clear();
    }

    @Test
    void startsTheApplicationOncePerClassAndStopsItAfterTheLastTest() {
        run(Fixtures.TwoTests.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

        assertEquals(2, Fixtures.SEEN.size());
        KilnHandle app = Fixtures.SEEN.get(0).app();
        assertEquals(app, Fixtures.SEEN.get(1).app(), "one application for the class");
        assertEquals(List.of("Hey, one", "Hey, two"), Fixtures.SEEN.stream().map(Fixtures.Seen::answer).sorted().toList(),
                "served on its port with application.yaml's prefix");
        assertFalse(app.isRunning(), "stopped after the last test");
        assertRefused(Fixtures.SEEN.get(0).port());
    }

    @Test
    void methodPropertiesStartAFreshApplicationOnTopOfTheClassProperties() {
        run(Fixtures.Overrides.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

        Fixtures.Seen byClass = seen("class");
        Fixtures.Seen byMethod = seen("method");
        assertEquals("Hi, a", byClass.answer(), "the class's properties win over application.yaml");
        assertEquals("Yo, b", byMethod.answer(), "the method's win over the class's");
        assertNotEquals(byClass.port(), byMethod.port(), "the method had its own application");
        assertFalse(byMethod.app().isRunning());
        assertRefused(byMethod.port());
        assertRefused(byClass.port());
    }

    @Test
    void beforeAllMethodsConstructorsAndNestedClassesGetTheClasssApplication() {
        run(Fixtures.ConstructorAndBeforeAll.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

        KilnHandle app = seen("beforeAll").app();
        assertEquals("Hey, all", seen("beforeAll").answer());
        assertEquals(app, seen("test").app());
        assertEquals(app, seen("nested").app(), "a @Nested class shares its enclosing class's application");
        assertFalse(app.isRunning());
    }

    @Test
    void aParameterItCannotGiveFailsNamingTheTypesItGives() {
        String message = failure(run(Fixtures.UnknownParameter.class).testEvents());

        assertTrue(message.startsWith("No ParameterResolver registered for parameter [java.lang.String"), message);
        assertTrue(message.contains("KilnHandle, dev.kiln.test.app.EchoApi"), message);
        assertTrue(Fixtures.SEEN.isEmpty());
    }

    @Test
    void aLifecycleMethodParameterItCannotGiveFailsTheSameWay() {
        String message = failure(run(Fixtures.UnknownLifecycleParameter.class).testEvents());

        assertTrue(message.contains("[java.lang.StringBuilder"), message);
        assertTrue(message.contains("KilnHandle, dev.kiln.test.app.EchoApi"), message);
    }

    @Test
    void aClassWithoutALauncherFailsNamingTheLikelyCauses() {
        String message = failure(run(Fixtures.NotAnApplication.class).containerEvents());

        assertTrue(message.contains("no Kiln launcher for java.lang.String"), message);
        assertTrue(message.contains("is not annotated @KilnApplication"), message);
        assertTrue(message.contains("dev.kiln:kiln-processor"), message);
        assertTrue(message.contains("Applications with a launcher: dev.kiln.test.app.EchoApp."), message);
    }

    @Test
    void aPropertyWithoutAValueIsRefused() {
        String message = failure(run(Fixtures.BadProperty.class).containerEvents());

        assertEquals("@KilnTest(properties): \"echo.prefix\" is not key=value, as in \"server.shutdown-timeout=1s\"",
                message);
    }

    private static EngineExecutionResults run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
    }

    private static Fixtures.Seen seen(String test) {
        return Fixtures.SEEN.stream().filter(s -> s.test().equals(test)).findFirst()
                .orElseThrow(() -> new AssertionError(test + " did not run: " + Fixtures.SEEN));
    }

    /** The message of the one failure among {@code events}. */
    private static String failure(Events events) {
        List<Throwable> failures = events.failed().stream()
                .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
                .toList();
        assertEquals(1, failures.size(), "one failure: " + failures);
        return failures.getFirst().getMessage();
    }

    private static void assertRefused(int port) {
        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 2000);
            } catch (ConnectException e) {
                throw e;
            } catch (IOException e) {
                throw new AssertionError("port " + port + ": " + e, e);
            }
        }, "port " + port + " no longer accepts connections");
    }
}
