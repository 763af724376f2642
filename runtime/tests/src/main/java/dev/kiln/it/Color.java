package dev.kiln.it;

/** An enum bound from text and JSON. */
public enum Color {
    RED, GREEN, BLUE
}
