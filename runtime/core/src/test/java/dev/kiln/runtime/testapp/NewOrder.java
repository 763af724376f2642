package dev.kiln.runtime.testapp;

import java.util.List;
import java.util.Optional;

/** What a client sends to create an order. */
public record NewOrder(String customer, Optional<String> note, List<Line> lines, Color color) {}
