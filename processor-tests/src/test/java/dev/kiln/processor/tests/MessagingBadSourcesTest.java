package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.processor.KilnProcessor;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Events} / {@code @Queue} mistakes: one tagged error on the marked line, whose message says what is wrong
 * and what to write instead.
 */
class MessagingBadSourcesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("EventsOnClass.java", "KilnMessagingNotInterface",
                        List.of("@Events is on EventsOnClass, a class", "put it on an interface")),
                Arguments.of("QueueBadName.java", "KilnInvalidDestination",
                        List.of("@Queue(\"Email Jobs\")", "not a valid queue name", "lower-case letters")),
                Arguments.of("MessageMethodNotVoid.java", "KilnInvalidMessageMethod",
                        List.of("MessageMethodNotVoid.placed returns boolean", "returns void and takes exactly one")),
                Arguments.of("MessageMethodTwoPayloads.java", "KilnInvalidMessageMethod",
                        List.of("MessageMethodTwoPayloads.placed takes 2 parameters", "exactly one record or enum")),
                Arguments.of("MessageMethodNotRecord.java", "KilnInvalidMessageMethod",
                        List.of("takes java.lang.String, which is not a record or an enum")),
                Arguments.of("UnencodablePayload.java", "KilnUnencodableComponent",
                        List.of("Placed.extra has type Object", "cannot encode as JSON")),
                Arguments.of("DuplicateOrderingKey.java", "KilnDuplicateOrderingKey",
                        List.of("@OrderingKey on both id and customer", "at most one ordering key")),
                Arguments.of("ConflictingMessageType.java", "KilnConflictingMessageType",
                        List.of("Second.placed publishes OtherPlaced as orders.placed",
                                "bad.ConflictingMessageType.First publishes as bad.ConflictingMessageType.Placed")),
                Arguments.of("SubscriberPrivate.java", "KilnInvalidSubscriber",
                        List.of("SubscriberPrivate.on is private", "package-private or public instance method")),
                Arguments.of("SubscriberWrongParameters.java", "KilnInvalidSubscriber",
                        List.of("takes 2 parameters and the second is java.lang.String",
                                "one payload, optionally a MessageContext second")),
                Arguments.of("SubscriberNotInjectable.java", "KilnSubscriberNotInjectable",
                        List.of("SubscriberNotInjectable has @Subscribe methods", "@Inject constructor")),
                Arguments.of("SubscriberUnknownType.java", "KilnUnknownMessageType",
                        List.of("SubscriberUnknownType.SubscriberUnknownTypeNotPublished", "no @Events or @Queue interface")),
                Arguments.of("SubscriberBadRetry.java", "KilnInvalidRetry",
                        List.of("backoff = \"1 second\" is not a duration", "\"200ms\"")),
                Arguments.of("SubscriberZeroAttempts.java", "KilnInvalidRetry",
                        List.of("allows 0 attempts", "at least 1")),
                Arguments.of("DuplicateQueueHandler.java", "KilnDuplicateQueueHandler",
                        List.of("DuplicateQueueHandler.sendAgain and DuplicateQueueHandler.send",
                                "exactly one handler")));
    }

    @ParameterizedTest(name = "{0}: [{1}]")
    @MethodSource("cases")
    void reportsOneTaggedErrorOnTheMarkedLine(String file, String tag, List<String> keyWords) {
        BadSources.assertOneTaggedErrorSaying(file, tag, keyWords);
    }

    static Stream<Arguments> runtimeMissing() {
        return Stream.of(
                Arguments.of("MessagingRuntimeMissingSubscriber.java", List.of(
                        "MessagingRuntimeMissingSubscriberApp has @Subscribe methods (in MessagingRuntimeMissingSubscriberBilling)")),
                Arguments.of("MessagingRuntimeMissingPublisher.java", List.of(
                        "MessagingRuntimeMissingPublisherApp publishes through MessagingRuntimeMissingPublisher,")));
    }

    /** An application that subscribes or publishes, compiled without kiln-runtime-messaging: one error on it. */
    @ParameterizedTest(name = "{0}: [KilnMessagingRuntimeMissing]")
    @MethodSource("runtimeMissing")
    void anApplicationUsingMessagingWithoutItsRuntimeIsReportedOnKilnApplication(String file, List<String> keyWords) {
        JavaFileObject source = JavaFileObjects.forResource("bad/" + file);

        Compilation compilation = javac().withProcessors(new KilnProcessor()).withOptions(Kiln.OPTIONS)
                .withClasspath(Library.classpathWithout(Library.classpathWith(), "kiln-runtime-messaging"))
                .compile(source);

        BadSources.assertOneTaggedError(compilation, source, file, "KilnMessagingRuntimeMissing");
        assertThat(compilation).hadErrorContaining(" dev.kiln:kiln-runtime-messaging, which is not on the classpath:"
                + " add it to the application's dependencies");
        for (String words : keyWords) {
            assertThat(compilation).hadErrorContaining(words);
        }
    }

    /** Listed for {@code BadSourcesTest.everyBadSourceIsACase}; compiled with a jar below. */
    static Stream<Arguments> withLibrary() {
        return Stream.of(Arguments.of("MessagingNotGenerated.java", "KilnMessagingNotGenerated"));
    }

    /** An injected messaging interface from a jar that Kiln never checked (built without the processor) and cannot use. */
    @org.junit.jupiter.api.Test
    void anInjectedMessagingInterfaceFromAJarKilnCannotReadIsReportedOnTheApplication(@TempDir Path tmp) {
        Path jar = Library.compile(tmp, List.of(), "badevents/BadEvents.java", "badevents/BadPlaced.java");
        JavaFileObject source = JavaFileObjects.forResource("bad/MessagingNotGenerated.java");

        Compilation compilation = javac().withProcessors(new KilnProcessor()).withOptions(Kiln.OPTIONS)
                .withClasspath(Library.classpathWith(jar)).compile(source);

        BadSources.assertOneTaggedError(compilation, source, "MessagingNotGenerated.java", "KilnMessagingNotGenerated");
        assertThat(compilation).hadErrorContaining("badevents.BadEvents comes from the classpath and Kiln cannot publish"
                + " through it");
        assertThat(compilation).hadErrorContaining("BadEvents.placed returns boolean");
    }
}
