package dev.kiln.bench.model;

/** How fast an order ships. */
public enum Priority {
    STANDARD,
    EXPRESS,
    OVERNIGHT
}
