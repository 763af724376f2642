package shop;

/** Its sku cannot be encoded as JSON. */
public record Line(Object sku, int quantity) {}
