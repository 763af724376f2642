package dev.kiln.samples.shop.api;

/** Asks the catalog to hold {@code quantity} units for an order. */
public record ReservationRequest(String orderRef, int quantity) {}
