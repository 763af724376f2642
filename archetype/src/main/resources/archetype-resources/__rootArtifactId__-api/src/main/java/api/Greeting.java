package ${package}.api;

/** A greeting, as the service answers it. */
public record Greeting(String text) {}
