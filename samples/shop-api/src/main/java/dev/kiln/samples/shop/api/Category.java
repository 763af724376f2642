package dev.kiln.samples.shop.api;

/** What kind of product it is. */
public enum Category {
    BOOKS, GARDEN, KITCHEN
}
