package com.example;

/** docs/errors.md's application exception. */
public final class OutOfStockException extends RuntimeException {
    private final String sku;
    private final int available;

    public OutOfStockException(String sku, int available) {
        super(sku + ": " + available + " left");
        this.sku = sku;
        this.available = available;
    }

    public String sku() {
        return sku;
    }

    public int available() {
        return available;
    }
}
