package dev.kiln.bench.model;

/** The small JSON object {@code GET /hello} answers with. */
public record Greeting(String message, String service, int version) {}
