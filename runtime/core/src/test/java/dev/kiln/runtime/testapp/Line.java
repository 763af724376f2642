package dev.kiln.runtime.testapp;

/** An order line. */
public record Line(String sku, int quantity) {}
