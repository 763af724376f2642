package dev.kiln.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutePathsTest {

    @Test
    void joinsWithSingleSlashesALeadingSlashAndNoTrailingOne() {
        assertEquals("/orders/{id}", RoutePaths.join("orders/", "/{id}/"));
        assertEquals("/orders", RoutePaths.join("/orders", ""));
        assertEquals("/orders/lines", RoutePaths.join("//orders//", "lines"));
        assertEquals("/", RoutePaths.join("", ""));
        assertEquals("/", RoutePaths.join("/", "/"));
        assertEquals("/health", RoutePaths.join("", "health"));
    }

    @Test
    void variablesAreListedInOrder() {
        assertEquals(List.of("id", "line"), RoutePaths.variables("/orders/{id}/lines/{line}"));
        assertEquals(List.of(), RoutePaths.variables("/orders"));
    }

    @Test
    void templatesThatDifferOnlyInVariableNamesHaveTheSameShape() {
        assertEquals(RoutePaths.shape("/a/{x}"), RoutePaths.shape("/a/{y}"));
        assertEquals("/a/{}/b", RoutePaths.shape("/a/{x}/b"));
        assertNotEquals(RoutePaths.shape("/a/{x}"), RoutePaths.shape("/a/b"));
    }

    @Test
    void soundTemplatesHaveNoProblem() {
        assertEquals(Optional.empty(), RoutePaths.problem("/orders/{id}/lines/{lineNo}"));
        assertEquals(Optional.empty(), RoutePaths.problem("/"));
        assertEquals(Optional.empty(), RoutePaths.problem("/v1/orders:search"));
    }

    @Test
    void problemsSayWhatToDo() {
        assertTrue(RoutePaths.problem("/files/{name}.json").orElseThrow().contains("segment of its own"));
        assertTrue(RoutePaths.problem("/orders/{id").orElseThrow().contains("segment of its own"));
        assertTrue(RoutePaths.problem("/orders/{}").orElseThrow().contains("not a valid name"));
        assertTrue(RoutePaths.problem("/orders/{id:\\d+}").orElseThrow().contains("not a valid name"));
        assertTrue(RoutePaths.problem("/a/{id}/b/{id}").orElseThrow().contains("appears twice"));
        assertTrue(RoutePaths.problem("/files/*").orElseThrow().contains("not allowed"));
        assertTrue(RoutePaths.problem("/search?q").orElseThrow().contains("not allowed"));
    }
}
