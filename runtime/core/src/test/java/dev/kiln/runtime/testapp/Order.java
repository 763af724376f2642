package dev.kiln.runtime.testapp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An order as the service answers it. */
public record Order(long id, String customer, Optional<String> note, List<Line> lines, Color color, Instant created) {}
