package dev.kiln.it;

/** Boxed scalars, as record components. */
public record Boxed(Boolean b, Byte by, Short s, Integer i, Long l, Float f, Double d, Character c) {}
