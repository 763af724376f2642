package dev.kiln.codegen.model;

/** Where a route's rule, limit or filters were written: on its method, or on its service interface. */
public enum Declared {
    METHOD,
    INTERFACE
}
