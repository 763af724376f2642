package com.example;

public record ReservationRequest(String orderRef, int quantity) {}
