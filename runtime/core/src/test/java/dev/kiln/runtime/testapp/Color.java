package dev.kiln.runtime.testapp;

/** An enum bound from text and JSON. */
public enum Color {
    RED, GREEN, BLUE
}
