package dev.kiln.processor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each source in {@code resources/bad} holds one mistake; compiling it with Kiln must fail with exactly
 * one error, tagged, on the marked line. Nothing else may be reported: no second message for the same
 * problem, and no error inside a generated file.
 */
class BadSourcesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("ServiceOnClass.java", "KilnServiceNotInterface"),
                Arguments.of("PathOnRecord.java", "KilnServiceNotInterface"),
                Arguments.of("MissingService.java", "KilnMissingService"),
                Arguments.of("InvalidServiceName.java", "KilnInvalidServiceName"),
                Arguments.of("GenericService.java", "KilnGenericService"),
                Arguments.of("InvalidPath.java", "KilnInvalidPath"),
                Arguments.of("PathVariableUnbound.java", "KilnPathVariableUnbound"),
                Arguments.of("PathParamUnknown.java", "KilnPathParamUnknown"),
                Arguments.of("RouteConflictInInterface.java", "KilnRouteConflict"),
                Arguments.of("UnsupportedQueryType.java", "KilnUnsupportedType"),
                Arguments.of("UnsupportedPathType.java", "KilnUnsupportedType"),
                Arguments.of("UnsupportedResultType.java", "KilnUnsupportedType"),
                Arguments.of("UnencodableComponent.java", "KilnUnencodableComponent"),
                Arguments.of("MultipleBodies.java", "KilnMultipleBodies"),
                Arguments.of("BodyOnGet.java", "KilnBodyNotAllowed"),
                Arguments.of("BodyOnDelete.java", "KilnBodyNotAllowed"),
                Arguments.of("MissingHttpMethod.java", "KilnMissingHttpMethod"),
                Arguments.of("MultipleHttpMethods.java", "KilnMultipleHttpMethods"),
                Arguments.of("UnboundParameter.java", "KilnUnboundParameter"),
                Arguments.of("MultipleBindings.java", "KilnMultipleBindings"),
                Arguments.of("BadDefaultValue.java", "KilnBadDefaultValue"),
                Arguments.of("BadDefaultEnum.java", "KilnBadDefaultValue"),
                Arguments.of("DefaultOnPathParam.java", "KilnBadDefaultValue"),
                Arguments.of("InvalidStatus.java", "KilnInvalidStatus"),
                Arguments.of("StatusOutOfRange.java", "KilnInvalidStatus"),
                Arguments.of("NoContentWithResult.java", "KilnInvalidStatus"),
                Arguments.of("ApplicationNotClass.java", "KilnApplicationNotClass"),
                Arguments.of("MultipleApplications.java", "KilnMultipleApplications"),
                Arguments.of("NotAModule.java", "KilnNotAModule"),
                Arguments.of("AppWithBrokenService.java", "KilnMissingHttpMethod"));
    }

    @ParameterizedTest(name = "{0}: [{1}]")
    @MethodSource("cases")
    void reportsOneTaggedErrorOnTheMarkedLine(String file, String tag) {
        JavaFileObject source = JavaFileObjects.forResource("bad/" + file);

        BadSources.assertOneTaggedError(Kiln.compile(source), source, file, tag);
    }

    @Test
    void aClassAsABodyIsToldToBeARecord() {
        BadSources.assertOneTaggedErrorSaying("BodyIsClass.java", "KilnUnsupportedType",
                List.of("Kiln cannot encode NewOrder as JSON", "NewOrder is a class: make it a record",
                        "record NewOrder(String customer, long quantity) {}"));
    }

    @Test
    void everyBadSourceIsACase() throws IOException, URISyntaxException {
        Path dir = Path.of(BadSourcesTest.class.getClassLoader().getResource("bad").toURI());
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.map(p -> p.getFileName().toString()).forEach(files::add);
        }
        Set<String> listed = new TreeSet<>();
        Stream.of(cases(), Stream.of(Arguments.of("BodyIsClass.java")), AppLevelBadSourcesTest.cases(), ClasspathBadSourcesTest.cases(),
                        SecurityBadSourcesTest.cases(), SecurityBadSourcesTest.runtimeMissing(),
                        ValidationBadSourcesTest.cases(), LifecycleBadSourcesTest.cases(), LifecycleBadSourcesTest.withSecondSource(),
                        MessagingBadSourcesTest.cases(), MessagingBadSourcesTest.runtimeMissing(),
                        MessagingBadSourcesTest.withLibrary(), InterceptionBadSourcesTest.cases(),
                        DataBadSourcesTest.cases(), DataBadSourcesTest.otherCompilers(),
                        CacheBadSourcesTest.cases(), CacheBadSourcesTest.otherCompilers(),
                        ApiModuleTest.cases())
                .flatMap(s -> s).forEach(a -> listed.add((String) a.get()[0]));
        assertEquals(files, listed, "every file in resources/bad is compiled by a test");
    }
}
