package dev.kiln.test.app;

/** An answer: the configured prefix and the word. */
public record Echo(String text) {}
